using System.Collections.Generic;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// 汇总多份报告时的规则（GDA001–GDA005）。The rules of rolling many reports up into one (GDA001–GDA005).
/// </summary>
public static class AggregationRules
{
    /// <summary>GDA001：报告年度不一致，不予汇总。The reports are of different years: no roll-up.</summary>
    public static RuleDescriptor YearsDiffer { get; } = new("GDA001", Severity.Error);

    /// <summary>GDA002：某个单元格的合计超出件数范围（0 至 9007199254740991）。A cell's sum is outside the range of a count.</summary>
    public static RuleDescriptor SumOutOfRange { get; } = new("GDA002", Severity.Error);

    /// <summary>GDA003：没有可汇总的报告。There is no report to roll up.</summary>
    public static RuleDescriptor NothingToAggregate { get; } = new("GDA003", Severity.Error);

    /// <summary>GDA004：文字与同年度另一机关的报告雷同（审计）。Prose nearly the same as another agency's report of the same year (audit).</summary>
    public static RuleDescriptor ProseCopiedFromAgency { get; } = new("GDA004", Severity.Warning);

    /// <summary>GDA005：发布的汇总报告与其成员报告之和不符（审计）。A published roll-up differs from the sum of its members' reports (audit).</summary>
    public static RuleDescriptor RollUpMismatch { get; } = new("GDA005", Severity.Warning);

    /// <summary>全部汇总规则，按编号。Every roll-up rule, by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [YearsDiffer, SumOutOfRange, NothingToAggregate, ProseCopiedFromAgency, RollUpMismatch];
}
