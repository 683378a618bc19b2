using System.Collections.Generic;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// 汇总多份报告时的规则（GDA001–GDA005）。The rules of rolling many reports up into one (GDA001–GDA005).
/// </summary>
public static class AggregationRules
{
    /// <summary>GDA001：报告年度不一致，不予汇总。The reports are of different years: no roll-up.</summary>
    public static RuleDescriptor YearsDiffer { get; } = new("GDA001", Severity.Error,
        "报告年度不一致", "Reports of different years",
        "报告年度不一致，不予汇总：多数为 {0} 年，以下 {1} 份不同：{2}", "The reports are of different years, so they are not rolled up: most are of {0}; reports of another year ({1}): {2}");

    /// <summary>GDA002：某个单元格的合计超出件数范围（0 至 9007199254740991）。A cell's sum is outside the range of a count.</summary>
    public static RuleDescriptor SumOutOfRange { get; } = new("GDA002", Severity.Error,
        "合计超出范围", "Sum out of range",
        "{0} 的合计为 {1}，超出范围 0 至 {2}", "{0} adds up to {1}, outside the range 0 to {2}");

    /// <summary>GDA003：没有可汇总的报告。There is no report to roll up.</summary>
    public static RuleDescriptor NothingToAggregate { get; } = new("GDA003", Severity.Error,
        "没有可汇总的报告", "Nothing to roll up",
        "没有可汇总的报告", "There is no report to roll up");

    /// <summary>GDA004：文字与同年度另一机关的报告雷同（审计）。Prose nearly the same as another agency's report of the same year (audit).</summary>
    public static RuleDescriptor ProseCopiedFromAgency { get; } = new("GDA004", Severity.Warning,
        "文字与其他机关雷同", "Prose copied from another agency",
        "“{0}”与{1}（{2} 年）的相似度为 {3}（达到 {4}），内容雷同", "\"{0}\" is {3} similar to that of {1} ({2}) (at least {4}): it copies another agency's report");

    /// <summary>GDA005：发布的汇总报告与其成员报告之和不符（审计）。A published roll-up differs from the sum of its members' reports (audit).</summary>
    public static RuleDescriptor RollUpMismatch { get; } = new("GDA005", Severity.Warning,
        "汇总报告与成员之和不符", "Roll-up differs from its members",
        "{0}：汇总报告为 {1}，{2} 份成员报告之和为 {3}", "{0}: the roll-up says {1}, its {2} members' reports add up to {3}");

    /// <summary>全部汇总规则，按编号。Every roll-up rule, by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [YearsDiffer, SumOutOfRange, NothingToAggregate, ProseCopiedFromAgency, RollUpMismatch];
}
