using System.Collections.Generic;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 某一年度各关键数字的合计（汇总报告除外）。The totals of the key figures in one year (roll-ups left out).
/// </summary>
public sealed class YearTrend
{
    internal YearTrend(int year, int reports, IReadOnlyList<decimal> totals)
    {
        Year = year;
        Reports = reports;
        Totals = totals;
    }

    /// <summary>年度。The year.</summary>
    public int Year { get; }

    /// <summary>该年度的报告数（汇总报告除外）。How many reports of the year (roll-ups left out).</summary>
    public int Reports { get; }

    /// <summary>各关键数字的合计，与 <see cref="KeyFigure.All"/> 一一对应。The total of each key figure, in the order of <see cref="KeyFigure.All"/>.</summary>
    public IReadOnlyList<decimal> Totals { get; }
}
