using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 校验一份报告是否内部一致：运行内置规则（GD001–GD403；给出上一年度报告时还有 GD501–GD506）及宿主加入的规则，返回按文档位置排列的发现。
/// Checks that one report is internally consistent: runs the built-in rules (GD001–GD403, and GD501–GD506 when last year's report is given) and the host's own rules, and
/// returns the findings in document order.
/// </summary>
/// <remarks>
/// <para>
/// 无状态、线程安全、可重复使用：构造一次，在整个进程中共享。校验一份没有发现的报告不分配内存，返回共享的
/// <see cref="ValidationResult.Empty"/>。
/// </para>
/// <para>
/// Stateless, thread-safe and reusable: build one and share it across the process. Validating a report with no finding
/// allocates nothing and returns the shared <see cref="ValidationResult.Empty"/>.
/// </para>
/// <para>
/// 代码中构造的报告与读取器返回的报告受同样的约束：数值超出读取器范围（负的件数、大于 2^53 − 1 的件数、负的金额、0 至 9999
/// 以外的年份）时，结果只有 GDJ006 发现（与读取同样数据时相同；上一年度报告的发现以“上一年度报告：”开头），其他规则不运行，
/// 因此任何加总都不会溢出；模型要求的成员为 null 是错误的调用，抛出 <see cref="ArgumentException"/>。
/// A report built in code is held to what the reader guarantees: a figure out of the reader's range (a negative count or
/// one above 2^53 − 1, a negative amount, a year outside 0 to 9999) gives GDJ006 findings only — those the reader gives
/// for the same data; those of last year's report open with "Last year's report:" — and no other rule runs, so no sum
/// can overflow. A null where the model requires a member is a bad call: <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// 规则抛出异常（通常是宿主自己的规则）时，其他规则照常运行、发现不丢失；该规则的失败成为一条以其编号报告、严重程度为错误、
/// 位置为文档根（""）的发现，消息给出异常类型和消息，它在失败前报告的发现保留。
/// A rule that throws (usually a host's own) costs the others nothing: they run and their findings are kept. The failure
/// becomes a finding under the failing rule's ID, with severity Error, at the document root (""), whose message gives the
/// exception's type and message; what the rule reported before it threw is kept.
/// </para>
/// </remarks>
public sealed class ReportValidator
{
    // One context per thread, taken out while in use, so that a validation allocates no context and a nested
    // validation (a host rule that validates another report) simply makes its own.
    [ThreadStatic]
    private static RuleContext? idleContext;

    private readonly ReportRule[] rules;
    private readonly Severity[] severities;
    private readonly Diff.DiffOptions yearOverYear;

    /// <summary>以默认选项新建验证器。Creates a validator with the default options.</summary>
    public ReportValidator()
        : this(ValidationOptions.Default)
    {
    }

    /// <summary>
    /// 以给定选项新建验证器。Creates a validator with the given options.
    /// </summary>
    /// <param name="options">选项。The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> 或其中的集合为 null。The options or one of their collections is null.</exception>
    /// <exception cref="ArgumentException">宿主规则为 null，或规则编号重复。A host rule is null, or two rules share an ID.</exception>
    /// <exception cref="ArgumentOutOfRangeException">更正的上限超出范围。A bound of the corrections is out of range.</exception>
    public ReportValidator(ValidationOptions options)
    {
        Options = Guard.Against.Null(options);
        Guard.Against.Null(options.AdditionalRules);
        Guard.Against.Null(options.DisabledRules);
        Guard.Against.Null(options.SeverityOverrides);
        yearOverYear = Guard.Against.Null(options.YearOverYear) with { Language = options.Language };

        var disabled = new HashSet<string>(options.DisabledRules, StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<ReportRule>();
        foreach (var rule in BuiltInRules.For(options).Concat(options.AdditionalRules))
        {
            if (rule is null)
            {
                throw new ArgumentException("宿主规则不能为 null。A host rule cannot be null.", nameof(options));
            }

            if (!ids.Add(rule.Descriptor.Id))
            {
                throw new ArgumentException($"规则编号 {rule.Descriptor.Id} 重复。Two rules share the ID {rule.Descriptor.Id}.", nameof(options));
            }

            if (!disabled.Contains(rule.Descriptor.Id))
            {
                selected.Add(rule);
            }
        }

        rules = selected.ToArray();
        severities = new Severity[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            severities[i] = options.SeverityOverrides.TryGetValue(rules[i].Descriptor.Id, out var severity) ? severity : rules[i].Descriptor.DefaultSeverity;
        }
    }

    /// <summary>构造时给出的选项。The options given at construction.</summary>
    public ValidationOptions Options { get; }

    /// <summary>本验证器运行的规则，按运行顺序（内置规则在前，已去掉关闭的）。The rules this validator runs, in order (built-in first, without those switched off).</summary>
    public IReadOnlyList<ReportRule> Rules => rules;

    /// <summary>
    /// 校验一份报告。Validates a report.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>校验结果。The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（如 <c>Agency = null</c>），消息给出其 JSON Pointer。The report lacks a member the model requires (such as <c>Agency = null</c>); the message gives its JSON Pointer.</exception>
    public ValidationResult Validate(AnnualReport report) => Validate(report, null);

    /// <summary>
    /// 从读取或导入的结果一步得到带位置的全部发现：读取的发现（格式错误、导入警告）与校验的发现合在一起，校验的发现经
    /// <see cref="LoadResult.SourceMap"/> 加上源中的位置，全部按文档位置排列。读取有错误（没有报告）时只返回读取的发现。
    /// From a load or import result to every located finding in one call: the findings of loading (malformed input, import
    /// warnings) together with those of validation, each validation finding placed in the source through
    /// <see cref="LoadResult.SourceMap"/>, all in document order. When loading failed (no report), only its findings are returned.
    /// </summary>
    /// <param name="loaded">读取结果，如 <c>ReportJson.Read</c> 或 <c>PublishedText.Import</c> 的返回值。A load result, such as <c>ReportJson.Read</c> or <c>PublishedText.Import</c> return.</param>
    /// <param name="previous">上一年度的报告，或 null（跳过逐年规则）。Last year's report, or null (the year-over-year rules are skipped).</param>
    /// <returns>读取与校验的全部发现。Every finding of loading and validation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loaded"/> 为 null。<paramref name="loaded"/> is null.</exception>
    public ValidationResult Validate(LoadResult loaded, AnnualReport? previous = null)
    {
        Guard.Against.Null(loaded);
        var validation = loaded.Report is { } report ? Validate(report, previous) : ValidationResult.Empty;
        if (loaded.Findings.Count == 0 && validation.Findings.Count == 0)
        {
            return ValidationResult.Empty;
        }

        var map = loaded.SourceMap;
        var located = map is null ? validation.Findings : validation.Findings.Select(map.Locate);
        return new ValidationResult(loaded.Findings.Concat(located));
    }

    /// <summary>
    /// 校验一份报告，并把上一年度的报告交给需要它的规则；<paramref name="previous"/> 为 null 时跳过这些规则。
    /// Validates a report, giving last year's report to the rules that need it; when <paramref name="previous"/> is null,
    /// those rules are skipped.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="previous">上一年度的报告，或 null。Last year's report, or null.</param>
    /// <returns>校验结果。The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">某份报告缺少模型要求的成员（如 <c>Agency = null</c>），消息给出其 JSON Pointer。A report lacks a member the model requires (such as <c>Agency = null</c>); the message gives its JSON Pointer.</exception>
    public ValidationResult Validate(AnnualReport report, AnnualReport? previous)
    {
        Guard.Against.Null(report);
        ModelCheck.RequireMembers(report, nameof(report));
        if (previous is not null)
        {
            ModelCheck.RequireMembers(previous, nameof(previous));
        }

        var context = idleContext ?? new RuleContext();
        idleContext = null;
        List<Finding>? findings;
        try
        {
            context.Begin(report, previous, Options.Language, Options.Today, yearOverYear);
            if (context.FiguresInRange())
            {
                RunRules(context, previous is not null);
            }
        }
        finally
        {
            findings = context.End();
            idleContext = context;
        }

        return findings is null ? ValidationResult.Empty : new ValidationResult(findings);
    }

    private void RunRules(RuleContext context, bool hasPrevious)
    {
        for (var i = 0; i < rules.Length; i++)
        {
            if (!hasPrevious && rules[i].RequiresPrevious)
            {
                continue;
            }

            context.Enter(rules[i].Descriptor, severities[i]);
            try
            {
                rules[i].Check(context);
            }
            catch (Exception exception)
            {
                // A host's rule that throws costs neither the other rules nor their findings: its failure is a finding.
                context.ReportFailure(exception);
            }
        }
    }
}
