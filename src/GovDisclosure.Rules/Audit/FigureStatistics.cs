using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Audit;

/// <summary>Percentiles and Tukey's outliers of a key figure over one year's reports.</summary>
internal static class FigureStatistics
{
    private const decimal Fence = 1.5m;

    /// <summary>The percentile of sorted values by linear interpolation between the closest ranks (Excel's PERCENTILE.INC); 0 for none.</summary>
    internal static decimal Percentile(decimal[] sorted, decimal fraction)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = fraction * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>The distribution of values given by report index.</summary>
    internal static FigureDistribution Distribution(KeyFigure figure, int year, IReadOnlyList<(int Index, decimal Value)> values)
    {
        var sorted = values.Select(v => v.Value).OrderBy(v => v).ToArray();
        var (p25, p75) = (Percentile(sorted, 0.25m), Percentile(sorted, 0.75m));
        var spread = Fence * (p75 - p25);
        var outliers = values.Where(v => v.Value < p25 - spread || v.Value > p75 + spread)
            .OrderByDescending(v => v.Value).ThenBy(v => v.Index).Select(v => v.Index).ToArray();
        return new FigureDistribution(figure, year, sorted, outliers);
    }
}
