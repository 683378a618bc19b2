using System;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Chains this year's figures to last year's (docs/format.md §5, between two years): what was carried forward is carried over,
/// column by column, and the documents in force are last year's plus those issued less those repealed.
/// </summary>
internal static class YearChain
{
    public static Figures Chain(Figures previous, Figures current)
    {
        var chained = current.Copy();
        var applicantColumns = ReportForm.CarriedOver.Cells.Count - 1; // the total is derived
        for (var c = 0; c < applicantColumns; c++)
        {
            var carriedOver = ReportForm.CarriedOver.Cells[c];
            chained[carriedOver] = previous[ReportForm.CarriedForward.Cells[c]];

            // What came over from last year was concluded this year or goes on to next: disclose what the outcomes lack.
            var column = c;
            var handled = chained.Sum(ReportForm.OutcomeDetailRows.Select(r => r.Cells[column])) + chained[ReportForm.CarriedForward.Cells[c]];
            if (chained[carriedOver] > handled)
            {
                chained[ReportForm.OutcomeDetailRows[0].Cells[c]] += chained[carriedOver] - handled;
            }
        }

        foreach (var row in new[] { ReportForm.Regulations, ReportForm.NormativeDocuments })
        {
            FormCell issued = row.Cells[0], repealed = row.Cells[1], inForce = row.Cells[2];
            chained[repealed] = Math.Min(chained[repealed], previous[inForce] + chained[issued]);
            chained[inForce] = previous[inForce] + chained[issued] - chained[repealed];
        }

        return chained.Settle();
    }
}
