using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Shrinks a consistent report to smaller consistent reports: the free figures (outcome rows, carried over and forward,
/// table A, table C's outcomes) go to zero or halve, the totals are derived again, and the prose is written again, plainly,
/// from the new figures. No candidate breaks a relation, and each has smaller free figures or plainer prose than the
/// report it came from, so shrinking ends.
/// </summary>
internal static class ReportShrinker
{
    private static readonly FormCell[] FreeCells = ReportForm.Cells
        .Where(c => c.Kind == CellKind.Count)
        .Except(ReportForm.Relations.Where(r => r.Comparison == RelationComparison.Equal).Select(r => r.Left[0]))
        .ToArray();

    public static IEnumerable<AnnualReport> Shrink(AnnualReport report)
    {
        var plain = ProseWriter.Write(report, Wording.Plain);
        if (plain != report)
        {
            yield return plain;
        }

        // Settling a smaller free figure can raise a figure worked out from it (the applications received, say): only
        // candidates where no figure grows are offered, so every step is smaller everywhere.
        var original = Figures.Read(report);
        foreach (var figures in SmallerFigures(original))
        {
            var settled = figures.Settle();
            if (NoneGrows(original, settled))
            {
                yield return ProseWriter.Write(settled.ApplyTo(report), Wording.Plain);
            }
        }
    }

    private static readonly FormCell[] CountCells = ReportForm.Cells.Where(c => c.Kind == CellKind.Count).ToArray();

    private static bool NoneGrows(Figures before, Figures after) =>
        after.Fee <= before.Fee && Array.TrueForAll(CountCells, c => after[c] <= before[c]);

    /// <summary>
    /// Shrinks a consistent pair: last year's figures or this year's get smaller, this year is chained to last year again,
    /// and both are written again in plain wording (a different one each year, so that the pair is never 内容雷同).
    /// Only candidates whose free figures are smaller in all are offered, so shrinking ends even where the chain adds back.
    /// </summary>
    public static IEnumerable<ConsecutiveReports> Shrink(ConsecutiveReports reports)
    {
        var previous = Figures.Read(reports.Previous);
        var current = Figures.Read(reports.Current);
        var plain = Pair(reports, previous, current);
        if (plain != reports)
        {
            yield return plain;
        }

        var weight = Weight(previous) + Weight(current);
        var candidates = SmallerFigures(previous).Select(p => Pair(reports, p, current))
            .Concat(SmallerFigures(current).Select(c => Pair(reports, previous, c)));
        foreach (var candidate in candidates)
        {
            if (Weight(Figures.Read(candidate.Previous)) + Weight(Figures.Read(candidate.Current)) < weight)
            {
                yield return candidate;
            }
        }
    }

    private static ConsecutiveReports Pair(ConsecutiveReports reports, Figures previous, Figures current)
    {
        var settled = previous.Copy().Settle();
        var chained = YearChain.Chain(settled, current);
        return new ConsecutiveReports(
            ProseWriter.Write(settled.ApplyTo(reports.Previous), Wording.Plain),
            ProseWriter.Write(chained.ApplyTo(reports.Current), Wording.PlainNextYear));
    }

    private static decimal Weight(Figures figures) => figures.Sum(FreeCells) + figures.Fee;

    /// <summary>Smaller free figures: all at once to zero, all halved, then one cell at a time to zero or halved.</summary>
    public static IEnumerable<Figures> SmallerFigures(Figures figures)
    {
        var nonZero = FreeCells.Where(c => figures[c] > 0).ToArray();
        if (nonZero.Length == 0 && figures.Fee == 0)
        {
            yield break;
        }

        yield return With(figures, nonZero, _ => 0, 0m);
        if (nonZero.Length > 1)
        {
            yield return With(figures, nonZero, n => n / 2, Half(figures.Fee));
        }

        if (figures.Fee != 0)
        {
            yield return With(figures, [], n => n, 0m);
        }

        foreach (var cell in nonZero)
        {
            yield return With(figures, [cell], _ => 0, figures.Fee);
            if (figures[cell] > 1)
            {
                yield return With(figures, [cell], n => n / 2, figures.Fee);
            }
        }
    }

    private static Figures With(Figures figures, FormCell[] cells, Func<long, long> change, decimal fee)
    {
        var smaller = figures.Copy();
        foreach (var cell in cells)
        {
            smaller[cell] = change(smaller[cell]);
        }

        smaller.Fee = fee;
        return smaller;
    }

    // Halving keeps at most 4 decimal places: whole yuan, as the format asks.
    private static decimal Half(decimal fee) => decimal.Truncate(fee * 5_000) / 10_000;
}
