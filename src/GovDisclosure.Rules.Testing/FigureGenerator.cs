using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Chooses the free figures of a report with realistic magnitudes (most cells 0, a few large) and derives the rest, so
/// that every relation of <see cref="ReportForm.Relations"/> holds.
/// </summary>
internal static class FigureGenerator
{
    // Percent chance that an outcome row holds anything for natural persons, by position in ReportForm.OutcomeDetailRows:
    // disclosure and "not held" are common, state secrets and unpaid fees rare.
    private static readonly int[] OutcomeChance = [70, 25, 3, 5, 3, 8, 15, 15, 5, 8, 45, 15, 10, 15, 20, 5, 4, 6, 15, 2, 20];

    // Each applicant column's activity relative to natural persons (percent), by column index; most applicants are people.
    private static readonly int[] ColumnShare = [100, 35, 4, 4, 12, 15];

    // How busy an agency is: most handle a handful of applications, a few (land, housing) hundreds.
    private static readonly Gen<int> Scale = Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(3)), (1, Gen.Constant(25)));

    private static readonly HashSet<FormCell> Derived = new(
        ReportForm.Relations.Where(r => r.Comparison == RelationComparison.Equal).Select(r => r.Left[0]));

    /// <summary>Consistent figures: every relation holds.</summary>
    public static Gen<Figures> Consistent { get; } =
        from scale in Scale
        from counts in Gen.CollectToArray(ReportForm.Cells, cell => Free(cell, scale))
        from fee in Fee
        select Figures.Of(counts, fee).Settle();

    /// <summary>A count that is 0 with probability 100 − <paramref name="percent"/>, else mostly up to <paramref name="typical"/> and now and then far above.</summary>
    public static Gen<long> Sparse(int percent, int typical)
    {
        if (percent <= 0)
        {
            return Gen.Constant(0L);
        }

        percent = Math.Min(percent, 99);
        return Gen.Frequency(
            ((100 - percent) * 10, Gen.Constant(0L)),
            (percent * 9, Gen.Choose(1, typical).Select(i => (long)i)),
            (percent, Gen.Choose(typical, typical * 20).Select(i => (long)i)));
    }

    /// <summary>A fee amount in 10,000 yuan with at most 4 decimal places (whole yuan); usually none at all.</summary>
    public static Gen<decimal> Fee { get; } = Gen.Frequency(
        (16, Gen.Constant(0m)),
        (3, Gen.Choose(1, 999_999).Select(yuan => yuan / 10_000m)),
        (1, Gen.Choose(1, 50_000).Select(hundreds => hundreds / 100m)));

    private static Gen<long> Free(FormCell cell, int scale)
    {
        if (cell.Kind != CellKind.Count || Derived.Contains(cell))
        {
            return Gen.Constant(0L);
        }

        var row = cell.Row;
        var column = cell.Column.Index;
        if (row == ReportForm.Regulations)
        {
            // Few agencies make regulations at all.
            return column == 2 ? Sparse(12, 10) : Sparse(4, 2);
        }

        if (row == ReportForm.NormativeDocuments)
        {
            return column == 2 ? Sparse(80, 30) : Sparse(45, 5);
        }

        if (row.Table == ReportForm.ProactiveDisclosureTable)
        {
            // Licensing, punishment, compulsion decisions: from none to tens of thousands.
            return Sparse(45, 60 * scale);
        }

        if (row.Table == ReportForm.ReviewsAndLitigationTable)
        {
            return Sparse(row == ReportForm.ReviewsAndLitigationTable.Rows[0] ? 8 : 5, 2);
        }

        var share = ColumnShare[column];
        var outcome = IndexOf(ReportForm.OutcomeDetailRows, row);
        if (outcome >= 0)
        {
            return Sparse(OutcomeChance[outcome] * share / 100, 3 * scale);
        }

        // Carried over and carried forward (the received row and the totals are derived).
        return Sparse(20 * share / 100, 2 * scale);
    }

    private static int IndexOf(IReadOnlyList<FormRow> rows, FormRow row)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] == row)
            {
                return i;
            }
        }

        return -1;
    }
}
