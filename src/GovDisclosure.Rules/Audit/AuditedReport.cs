using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 审计中的一份报告：所属机关、年度、结论和发现。One report of an audit: its agency, year, verdict and findings.
/// </summary>
public sealed class AuditedReport
{
    internal AuditedReport(int index, AnnualReport report, string agencyKey, int? previousIndex, IReadOnlyList<Finding> findings)
    {
        Index = index;
        Report = report;
        AgencyKey = agencyKey;
        PreviousIndex = previousIndex;
        Findings = findings;
        Status = findings.Any(f => f.Severity == Severity.Error) ? AuditStatus.Failed
            : findings.Any(f => f.Severity == Severity.Warning) ? AuditStatus.Warnings
            : AuditStatus.Passed;
    }

    /// <summary>在输入中的位置（从 0 起）。The position in the input, from 0.</summary>
    public int Index { get; }

    /// <summary>报告。The report.</summary>
    public AnnualReport Report { get; }

    /// <summary>报告年度。The report year.</summary>
    public int Year => Report.Year;

    /// <summary>报告所写的机关名称。The agency name as the report gives it.</summary>
    public string Agency => Report.Agency.Name;

    /// <summary>跨年度匹配所用的机关标识（规范化、按更名对照换算后的名称）。The key matching the agency across years (normalised, renames applied).</summary>
    public string AgencyKey { get; }

    /// <summary>同一机关上一年度报告的 <see cref="Index"/>；没有则为 null。The <see cref="Index"/> of the agency's report of the year before, or null.</summary>
    public int? PreviousIndex { get; }

    /// <summary>全部发现：校验（有上一年度时含逐年比对）与跨报告的审计规则，按文档位置排列。Every finding: the validation (year over year when last year's report is there) and the audit rules across reports, in document order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>结论。The verdict.</summary>
    public AuditStatus Status { get; }
}
