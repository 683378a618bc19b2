using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 校验一份报告是否内部一致：运行内置规则（GD001–GD403；给出上一年度报告时还有 GD501–GD506）及宿主加入的规则，返回按文档位置排列的发现。
/// Checks that one report is internally consistent: runs the built-in rules (GD001–GD403, and GD501–GD506 when last year's report is given) and the host's own rules, and
/// returns the findings in document order.
/// </summary>
/// <remarks>
/// 无状态、线程安全、可重复使用：构造一次，在整个进程中共享。校验一份没有发现的报告不分配内存，返回共享的
/// <see cref="ValidationResult.Empty"/>。
/// Stateless, thread-safe and reusable: build one and share it across the process. Validating a report with no finding
/// allocates nothing and returns the shared <see cref="ValidationResult.Empty"/>.
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
    public ValidationResult Validate(AnnualReport report) => Validate(report, null);

    /// <summary>
    /// 校验一份报告，并把上一年度的报告交给需要它的规则；<paramref name="previous"/> 为 null 时跳过这些规则。
    /// Validates a report, giving last year's report to the rules that need it; when <paramref name="previous"/> is null,
    /// those rules are skipped.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="previous">上一年度的报告，或 null。Last year's report, or null.</param>
    /// <returns>校验结果。The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    public ValidationResult Validate(AnnualReport report, AnnualReport? previous)
    {
        Guard.Against.Null(report);
        var context = idleContext ?? new RuleContext();
        idleContext = null;
        List<Finding>? findings;
        try
        {
            context.Begin(report, previous, Options.Language, Options.Today, yearOverYear);
            for (var i = 0; i < rules.Length; i++)
            {
                if (previous is null && rules[i].RequiresPrevious)
                {
                    continue;
                }

                context.Enter(rules[i].Descriptor, severities[i]);
                rules[i].Check(context);
            }
        }
        finally
        {
            findings = context.End();
            idleContext = context;
        }

        return findings is null ? ValidationResult.Empty : new ValidationResult(findings);
    }
}
