using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 一次审计的结果：每份报告的结论和发现、各规则的统计、逐年趋势和各关键数字的分布。渲染（网页、CSV、JSON、Excel）只展示它。
/// The result of an audit: each report's verdict and findings, the tally of each rule, the trend over the years and the
/// spread of each key figure. The renderings (page, CSV, JSON, workbook) only present it.
/// </summary>
public sealed class AuditResult
{
    internal AuditResult(MessageLanguage language, IReadOnlyList<AuditedReport> reports, IReadOnlyList<YearTrend> trends,
        IReadOnlyList<FigureDistribution> distributions, long proseComparisons)
    {
        Language = language;
        Reports = reports;
        Trends = trends;
        Distributions = distributions;
        ProseComparisons = proseComparisons;
        Years = reports.Select(r => r.Year).Distinct().OrderBy(y => y).ToArray();
        Rules = reports
            .SelectMany(r => r.Findings.Select(f => (Report: r.Index, f.RuleId, f.Severity)))
            .GroupBy(f => (f.RuleId, f.Severity))
            .Select(g => new RuleTally(g.Key.RuleId, g.Key.Severity, RuleCatalog.Find(g.Key.RuleId)?.TitleIn(language) ?? g.Key.RuleId,
                g.Count(), g.Select(f => f.Report).Distinct().Count()))
            .OrderBy(t => t.Severity).ThenByDescending(t => t.Findings).ThenBy(t => t.RuleId, System.StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>消息和标签的语言。The language of messages and labels.</summary>
    public MessageLanguage Language { get; }

    /// <summary>每份报告，按输入顺序。Every report, in the order given.</summary>
    public IReadOnlyList<AuditedReport> Reports { get; }

    /// <summary>出现的年度，从早到晚。The years present, earliest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>各规则在各严重程度下的统计：错误在前，发现多的在前。Each rule's tally at each severity: errors first, then the commonest.</summary>
    public IReadOnlyList<RuleTally> Rules { get; }

    /// <summary>逐年的关键数字合计。The key figures' totals, year by year.</summary>
    public IReadOnlyList<YearTrend> Trends { get; }

    /// <summary>每个年度每个关键数字的分布，按年度再按 <see cref="KeyFigure.All"/> 的顺序。The spread of each key figure in each year, by year, then in the order of <see cref="KeyFigure.All"/>.</summary>
    public IReadOnlyList<FigureDistribution> Distributions { get; }

    /// <summary>通过（没有错误和警告）的报告数。How many reports passed (no error and no warning).</summary>
    public int Passed => Reports.Count(r => r.Status == AuditStatus.Passed);

    /// <summary>有错误的报告数。How many reports have an error.</summary>
    public int Failed => Reports.Count(r => r.Status == AuditStatus.Failed);

    /// <summary>为查找雷同文字而逐一比较的章节对数（衡量工作量，不随报告数平方增长）。How many pairs of sections were measured for copied prose: the work done, which does not grow with the square of the reports.</summary>
    public long ProseComparisons { get; }
}
