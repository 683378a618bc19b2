using System.Collections.Generic;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 逐年比对的规则（GD501–GD507），需要上一年度的报告：由 <see cref="ReportComparer"/> 报告，也由
/// <see cref="Validation.ReportValidator.Validate(AnnualReport, AnnualReport)"/> 在给出上一年度报告时报告。
/// The year-over-year rules (GD501–GD507), given last year's report: reported by <see cref="ReportComparer"/>, and by
/// <see cref="Validation.ReportValidator.Validate(AnnualReport, AnnualReport)"/> when last year's report is given.
/// </summary>
/// <remarks>
/// 消息模板的参数由各规则按所选语言填写；GD503、GD504 的 {0} 是带中文标签的算式。
/// The template arguments are filled in by each rule in the chosen language; {0} of GD503 and GD504 is the arithmetic, with the form's labels.
/// </remarks>
public static class YearOverYearRules
{
    /// <summary>GD501：本年度不是上一年度的次年。The current year is not the previous year plus one.</summary>
    public static RuleDescriptor NotConsecutive { get; } = new("GD501", Severity.Error);

    /// <summary>GD502：机关名称不同（忽略空白）。The agency names differ (white space aside).</summary>
    public static RuleDescriptor AgencyChanged { get; } = new("GD502", Severity.Warning);

    /// <summary>GD503：上年结转不等于上一年度的结转下年度（逐列）。Carried over differs from last year's carried forward (per column).</summary>
    public static RuleDescriptor CarryOverMismatch { get; } = new("GD503", Severity.Error);

    /// <summary>GD504：现行有效件数不等于上一年度现行有效 + 本年制发 − 本年废止。In force differs from last year's in force + issued − repealed.</summary>
    public static RuleDescriptor InForceMismatch { get; } = new("GD504", Severity.Warning);

    /// <summary>GD505：文字与上年雷同。A prose section is nearly the same as last year's.</summary>
    public static RuleDescriptor ProseRepeated { get; } = new("GD505", Severity.Warning);

    /// <summary>GD506：某个件数变化剧烈。A count changed sharply.</summary>
    public static RuleDescriptor SharpChange { get; } = new("GD506", Severity.Info);

    /// <summary>GD507：三张表的全部件数与上年相同（至少 3 个不为 0），疑似照搬上年。Every count of the three tables equals last year's (at least 3 non-zero): tables copied forward.</summary>
    public static RuleDescriptor TablesCopied { get; } = new("GD507", Severity.Warning);

    /// <summary>全部逐年比对规则，按编号。Every year-over-year rule, by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [NotConsecutive, AgencyChanged, CarryOverMismatch, InForceMismatch, ProseRepeated, SharpChange, TablesCopied];
}
