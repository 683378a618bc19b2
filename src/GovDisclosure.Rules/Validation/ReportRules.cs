using System.Collections.Generic;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 单份报告的内置规则（GD001–GD403）。The built-in rules of one report (GD001–GD403).
/// </summary>
/// <remarks>
/// 标题与消息模板在 <see cref="MessageCatalog"/> 中（键为规则编号）；各规则填入与语言无关的参数。The titles and templates are in the
/// <see cref="MessageCatalog"/> (keyed by rule ID); each rule fills in language-neutral arguments.
/// </remarks>
public static class ReportRules
{
    /// <summary>GD001：年度早于 2021 年。The year is before 2021.</summary>
    public static RuleDescriptor YearBeforeFormat { get; } = new("GD001", Severity.Error);

    /// <summary>GD002：年度晚于当前年度。The year is after the current year.</summary>
    public static RuleDescriptor YearInFuture { get; } = new("GD002", Severity.Warning);

    /// <summary>GD003：必填的文字章节为空。A required prose section is empty.</summary>
    public static RuleDescriptor EmptyProse { get; } = new("GD003", Severity.Error);

    /// <summary>GD004：总体情况缺少五个方面之一。One of the overview's five topics is missing.</summary>
    public static RuleDescriptor OverviewTopicMissing { get; } = new("GD004", Severity.Warning);

    /// <summary>GD101：本年制发件数大于现行有效件数与本年废止件数之和。Issued exceeds in force plus repealed.</summary>
    public static RuleDescriptor IssuedExceedsInForceAndRepealed { get; } = new("GD101", Severity.Error);

    /// <summary>GD102：收费金额小数位超过 4 位。The fee amount has more than 4 decimal places.</summary>
    public static RuleDescriptor FeePrecision { get; } = new("GD102", Severity.Warning);

    /// <summary>GD201：表三某行总计不等于各类申请人之和。A table B row's total differs from the sum of its columns.</summary>
    public static RuleDescriptor RowTotal { get; } = new("GD201", Severity.Error);

    /// <summary>GD202：办理结果总计不等于各项结果之和。The outcomes total differs from the sum of the outcome rows.</summary>
    public static RuleDescriptor OutcomesTotal { get; } = new("GD202", Severity.Error);

    /// <summary>GD203：本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度。The balance of table B does not hold.</summary>
    public static RuleDescriptor ApplicationsBalance { get; } = new("GD203", Severity.Error);

    /// <summary>GD301：表四某行总计不等于各结果之和。A table C row's total differs from the sum of its outcomes.</summary>
    public static RuleDescriptor CaseTotal { get; } = new("GD301", Severity.Error);

    /// <summary>GD401：总体情况所述收到申请数与表三不符。The overview's number of applications received disagrees with table B.</summary>
    public static RuleDescriptor StatedApplicationCount { get; } = new("GD401", Severity.Warning);

    /// <summary>GD402：文字称全部办结，但有结转下年度的申请。The text says all were concluded but some are carried forward.</summary>
    public static RuleDescriptor StatedAllConcluded { get; } = new("GD402", Severity.Warning);

    /// <summary>GD403：文字称未发生复议诉讼，但表四有案件。The text says no review or litigation occurred but table C has cases.</summary>
    public static RuleDescriptor StatedNoCases { get; } = new("GD403", Severity.Warning);

    /// <summary>全部单份报告规则，按编号。Every one-report rule, by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        YearBeforeFormat, YearInFuture, EmptyProse, OverviewTopicMissing, IssuedExceedsInForceAndRepealed, FeePrecision,
        RowTotal, OutcomesTotal, ApplicationsBalance, CaseTotal, StatedApplicationCount, StatedAllConcluded, StatedNoCases,
    ];
}
