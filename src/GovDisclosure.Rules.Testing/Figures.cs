using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// The figures of one report as counts indexed by <see cref="FormCell.Index"/> plus the fee amount: the form's own cell
/// enumeration, so that generating, breaking and shrinking never name a row or a sum of their own.
/// </summary>
internal sealed class Figures
{
    private readonly long[] counts;

    private Figures(long[] counts, decimal fee)
    {
        this.counts = counts;
        Fee = fee;
    }

    /// <summary>The fee amount of table A, in 10,000 yuan.</summary>
    public decimal Fee { get; set; }

    /// <summary>A count cell's figure.</summary>
    public long this[FormCell cell]
    {
        get => counts[cell.Index];
        set => counts[cell.Index] = value;
    }

    public static Figures Zero() => new(new long[ReportForm.Cells.Count], 0m);

    /// <summary>Figures from counts indexed by <see cref="FormCell.Index"/> (the amount's slot is ignored) and a fee amount.</summary>
    public static Figures Of(long[] counts, decimal fee) => new((long[])counts.Clone(), fee);

    public static Figures Read(AnnualReport report)
    {
        var figures = Zero();
        foreach (var cell in ReportForm.Cells.Where(c => c.Kind == CellKind.Count))
        {
            figures[cell] = cell.GetCount(report);
        }

        figures.Fee = ReportForm.FeesAmount.GetValue(report);
        return figures;
    }

    public Figures Copy() => new((long[])counts.Clone(), Fee);

    /// <summary>The sum of some cells' figures.</summary>
    public long Sum(IEnumerable<FormCell> cells) => cells.Sum(c => this[c]);

    /// <summary>Writes these figures into a report, changing only the cells that differ.</summary>
    public AnnualReport ApplyTo(AnnualReport report)
    {
        var result = report;
        foreach (var cell in ReportForm.Cells)
        {
            var value = cell.Kind == CellKind.Count ? this[cell] : Fee;
            if (cell.GetValue(result) != value)
            {
                result = ReportForm.WithValue(result, cell, value);
            }
        }

        return result;
    }

    /// <summary>
    /// Derives every figure that a relation of <see cref="ReportForm.Relations"/> determines, so that all of them hold.
    /// The form puts the figure a relation determines first on its left (a total, the received count, the issued count);
    /// the free figures on the right stay as chosen. Where the balance of table B would need a negative received count,
    /// the carried-over count beside it gives way: nothing can be carried over that was neither concluded nor carried forward.
    /// </summary>
    public Figures Settle()
    {
        // Totals feed one another (row totals, then column totals of the outcomes, then the balance): a few passes reach the fixed point.
        for (var pass = 0; pass < 4; pass++)
        {
            var changed = false;
            foreach (var relation in ReportForm.Relations)
            {
                changed |= Satisfy(relation);
            }

            if (!changed)
            {
                return this;
            }
        }

        throw new InvalidOperationException("The relations of the form did not settle: the form's relations are no longer what the generators expect.");
    }

    private bool Satisfy(FormRelation relation)
    {
        var target = relation.Left[0];
        var others = Sum(relation.Left.Skip(1));
        var right = Sum(relation.Right);
        var before = this[target];
        var gaveWay = false;
        if (relation.Comparison == RelationComparison.AtMost)
        {
            this[target] = Math.Min(before, Math.Max(0, right - others));
        }
        else
        {
            var needed = right - others;
            for (var i = 1; needed < 0 && i < relation.Left.Count; i++)
            {
                var giveWay = Math.Min(this[relation.Left[i]], -needed);
                this[relation.Left[i]] -= giveWay;
                needed += giveWay;
                gaveWay |= giveWay > 0;
            }

            this[target] = needed;
        }

        return gaveWay || this[target] != before;
    }
}
