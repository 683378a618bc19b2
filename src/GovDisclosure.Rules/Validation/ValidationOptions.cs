using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Diff;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 校验选项：消息语言、“今天”、按编号调整严重程度、关闭规则、加入宿主自己的规则。不可变。
/// Validation options: message language, "today", severity overrides by rule ID, rules switched off, and a host's own
/// rules. Immutable.
/// </summary>
public sealed class ValidationOptions
{
    private static readonly Dictionary<string, Severity> NoOverrides = new(StringComparer.Ordinal);

    /// <summary>默认选项：中文消息，今天为校验时的日期，全部内置规则，默认严重程度。The defaults: Chinese, today's date, every built-in rule at its default severity.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>消息语言，默认简体中文。The message language; Chinese by default.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// GD002 所用的“今天”；为 null（默认）时取每次校验时的 <see cref="DateTime.Today"/>，长期运行的服务因此不会用到过期的日期。
    /// The "today" of GD002; when null (the default), <see cref="DateTime.Today"/> at each validation, so that a
    /// long-running service never uses a stale date.
    /// </summary>
    public DateTime? Today { get; init; }

    /// <summary>
    /// 按规则编号改变严重程度，如把 GD004 改为 <see cref="Severity.Info"/>。验证器不运行的编号被忽略。
    /// Severity by rule ID, overriding the default, such as GD004 as <see cref="Severity.Info"/>. IDs of rules the validator
    /// does not run are ignored.
    /// </summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = NoOverrides;

    /// <summary>关闭的规则编号。验证器不运行的编号被忽略。The IDs of rules switched off. IDs of rules the validator does not run are ignored.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>
    /// 宿主自己的规则，在内置规则之后运行；编号不得与内置规则或彼此重复。
    /// A host's own rules, run after the built-in ones; their IDs must differ from the built-in ones and from each other.
    /// </summary>
    public IReadOnlyList<ReportRule> AdditionalRules { get; init; } = [];

    /// <summary>
    /// 给出上一年度报告时逐年比对规则（GD505 相似度、GD506 剧烈变化）的阈值；其中的语言不起作用，以 <see cref="Language"/> 为准。
    /// The thresholds of the year-over-year rules (GD505 similarity, GD506 sharp change) when last year's report is given;
    /// its language is ignored in favour of <see cref="Language"/>.
    /// </summary>
    public DiffOptions YearOverYear { get; init; } = DiffOptions.Default;

    /// <summary>
    /// 勾稽关系不成立时是否建议更正（GD601），默认开启；只在有关系不成立时才有开销。
    /// Whether to suggest corrections (GD601) when relations fail; on by default, and it costs nothing unless a relation fails.
    /// </summary>
    public bool SuggestCorrections { get; init; } = true;

    /// <summary>
    /// 一次更正最多改动的单元格数，1 或 2（默认）：先找一格的更正，找不到再找两格的。
    /// The most cells a correction changes, 1 or 2 (the default): corrections of one cell first, then of two.
    /// </summary>
    public int MaxCellsCorrected { get; init; } = 2;

    /// <summary>
    /// 有多种同样小的更正时最多列出的个数，不小于 1，默认 8。
    /// The most corrections listed when several are as small; at least 1, 8 by default.
    /// </summary>
    public int MaxCorrectionsListed { get; init; } = 8;
}
