using System;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// Exact running sums of every table cell over many reports, without allocating per report. Counts add up in a long while
/// they stay within 0 … <see cref="ReportForm.MaxCount"/> (two such values cannot overflow a long); a cell whose sum or
/// addend leaves that range continues exactly in a decimal, so that a sum is never wrapped around.
/// </summary>
internal sealed class CellSums
{
    private static readonly FormCell[] CountCells = ReportForm.Cells.Where(c => c.Kind == CellKind.Count).ToArray();

    private readonly long[] counts = new long[ReportForm.Cells.Count];
    private decimal[]? exact;
    private bool[]? outOfRange;
    private decimal amount;
    private bool amountOverflowed;

    public void Add(AnnualReport report, long[] buffer)
    {
        for (var i = 0; i < CountCells.Length; i++)
        {
            var index = CountCells[i].Index;
            var value = buffer[index];
            if (outOfRange is not null && outOfRange[index])
            {
                exact![index] += value;
                continue;
            }

            // Both within 0 … MaxCount = 2^53 − 1, so the addition cannot overflow.
            var sum = counts[index] + value;
            if ((ulong)value > ReportForm.MaxCount || sum > ReportForm.MaxCount)
            {
                outOfRange ??= new bool[counts.Length];
                exact ??= new decimal[counts.Length];
                outOfRange[index] = true;
                exact[index] = (decimal)counts[index] + value;
                continue;
            }

            counts[index] = sum;
        }

        if (!amountOverflowed)
        {
            try
            {
                amount += ReportForm.FeesAmount.Value(report);
            }
            catch (OverflowException)
            {
                // Beyond decimal's range (about 7.9 × 10^28): reported, never rounded or wrapped.
                amountOverflowed = true;
            }
        }
    }

    /// <summary>The sums by <see cref="FormCell.Index"/>, for <see cref="ReportForm.WithFigures"/>; meaningful only where no cell is out of range.</summary>
    public long[] Counts()
    {
        // A cell that left the range may have come back to it (a negative count in a report made in code): take its exact sum.
        foreach (var cell in CountCells)
        {
            if (outOfRange is not null && outOfRange[cell.Index] && OutOfRange(cell) is null)
            {
                counts[cell.Index] = (long)exact![cell.Index];
            }
        }

        return counts;
    }

    public decimal Amount => amount;

    /// <summary>Whether the fee amount's sum exceeded what a decimal holds.</summary>
    public bool AmountOverflowed => amountOverflowed;

    /// <summary>The exact sum of a count cell whose sum left 0 … MaxCount, or null where it stayed inside.</summary>
    public decimal? OutOfRange(FormCell cell)
    {
        if (outOfRange is null || !outOfRange[cell.Index])
        {
            return null;
        }

        // A negative addend may have brought the sum back into range.
        var sum = exact![cell.Index];
        return sum < 0 || sum > ReportForm.MaxCount ? sum : null;
    }
}
