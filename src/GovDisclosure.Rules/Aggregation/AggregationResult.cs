using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// 汇总的结果：没有错误时得到汇总报告，以及全部发现。The result of a roll-up: the roll-up report when there is no error, and every finding.
/// </summary>
public sealed class AggregationResult
{
    internal AggregationResult(AnnualReport? report, IReadOnlyList<Finding> findings, int reportCount)
    {
        Report = findings.Any(f => f.Severity == Severity.Error) ? null : report;
        Findings = findings;
        ReportCount = reportCount;
    }

    /// <summary>汇总报告；有错误时为 null。The roll-up report, or null when there is an error.</summary>
    public AnnualReport? Report { get; }

    /// <summary>全部发现，按文档位置排列。Every finding, in document order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>参与汇总的报告份数。How many reports were given.</summary>
    public int ReportCount { get; }

    /// <summary>是否得到了汇总报告。Whether a roll-up report was made.</summary>
    public bool Succeeded => Report is not null;
}
