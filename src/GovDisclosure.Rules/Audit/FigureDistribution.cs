using System.Collections.Generic;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 某一年度某个关键数字在各机关间的分布：最小、P25、P50、P75、最大，以及离群的报告（Tukey 规则：低于 P25 − 1.5×IQR 或高于 P75 + 1.5×IQR）。
/// The spread of one key figure across agencies in one year: minimum, P25, P50, P75, maximum, and the outlying reports
/// (Tukey's rule: below P25 − 1.5 × IQR or above P75 + 1.5 × IQR).
/// </summary>
public sealed class FigureDistribution
{
    internal FigureDistribution(KeyFigure figure, int year, decimal[] sorted, IReadOnlyList<int> outliers)
    {
        Figure = figure;
        Year = year;
        Count = sorted.Length;
        Minimum = sorted.Length == 0 ? 0 : sorted[0];
        Maximum = sorted.Length == 0 ? 0 : sorted[sorted.Length - 1];
        P25 = FigureStatistics.Percentile(sorted, 0.25m);
        P50 = FigureStatistics.Percentile(sorted, 0.50m);
        P75 = FigureStatistics.Percentile(sorted, 0.75m);
        Outliers = outliers;
    }

    /// <summary>关键数字。The key figure.</summary>
    public KeyFigure Figure { get; }

    /// <summary>年度。The year.</summary>
    public int Year { get; }

    /// <summary>参与统计的报告数（汇总报告除外）。How many reports it is over (roll-ups left out).</summary>
    public int Count { get; }

    /// <summary>最小值。The minimum.</summary>
    public decimal Minimum { get; }

    /// <summary>第 25 百分位数（线性插值）。The 25th percentile (interpolated).</summary>
    public decimal P25 { get; }

    /// <summary>中位数。The median.</summary>
    public decimal P50 { get; }

    /// <summary>第 75 百分位数。The 75th percentile.</summary>
    public decimal P75 { get; }

    /// <summary>最大值。The maximum.</summary>
    public decimal Maximum { get; }

    /// <summary>离群报告的 <see cref="AuditedReport.Index"/>，按值从大到小。The <see cref="AuditedReport.Index"/> of each outlying report, largest value first.</summary>
    public IReadOnlyList<int> Outliers { get; }
}
