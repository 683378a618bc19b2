using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// GD403: the overview (its lead paragraphs and five sub-sections) says no administrative review or litigation occurred
/// (<see cref="NoCasesStatement"/>) but a table C row it speaks of has a total above 0. Review is the rows whose heading names
/// 复议, litigation the rows whose heading names 诉讼. Reported once, for the first such statement, at
/// <c>/reviewsAndLitigation</c>, with the text and the totals read as related; expected 0, actual the sum of those totals.
/// </summary>
internal sealed class StatedNoCasesRule : ReportRule
{
    private static readonly FormRow[] ReviewRows = RowsNaming(ProsePhrases.Review);
    private static readonly FormRow[] LitigationRows = RowsNaming(ProsePhrases.LitigationWords[0]);
    private static readonly FormCell[] Totals = ReportForm.ReviewsAndLitigationTable.Rows.Select(TableTotals.Of).ToArray();

    private static readonly Claim Review = new(ReviewRows);
    private static readonly Claim Litigation = new(LitigationRows);
    private static readonly Claim Both = new([.. ReviewRows, .. LitigationRows]);

    internal StatedNoCasesRule()
        : base(ReportRules.StatedNoCases)
    {
    }

    public override void Check(RuleContext context)
    {
        var report = context.Report;
        var counts = context.Counts;
        var any = false;
        for (var i = 0; i < Totals.Length; i++)
        {
            any |= counts[Totals[i].Index] > 0;
        }

        if (!any)
        {
            return;
        }

        var texts = OverviewText.Members;
        for (var t = 0; t < texts.Length; t++)
        {
            var text = texts[t].Text(report);
            if (text is null || NoCasesStatement.Find(text, out var review, out var litigation) is not { } statement)
            {
                continue;
            }

            var claim = review && litigation ? Both : review ? Review : Litigation;
            var cases = claim.Cases(counts);
            if (cases > 0)
            {
                context.ReportFinding(ReportForm.ReviewsAndLitigationSection.Pointer, context.Format(statement, new Labels(claim.Label, claim.EnglishLabel), cases),
                    [texts[t].Pointer, .. claim.Related], 0, cases);
                return;
            }
        }
    }

    private static FormRow[] RowsNaming(string word) =>
        ReportForm.ReviewsAndLitigationTable.Rows.Where(r => r.LabelPath[0].Contains(word)).ToArray();

    /// <summary>The rows a statement denies, their totals and how a message names them.</summary>
    private sealed class Claim
    {
        private readonly FormCell[] totals;

        internal Claim(FormRow[] rows)
        {
            totals = rows.Select(TableTotals.Of).ToArray();
            Related = totals.Select(c => c.Pointer).ToArray();
            Label = string.Join("、", rows.Select(r => r.LabelPath[0]).Distinct());
            EnglishLabel = string.Join(", ", rows.Select(r => r.EnglishLabel));
        }

        internal string[] Related { get; }

        internal string Label { get; }

        internal string EnglishLabel { get; }

        internal long Cases(long[] counts)
        {
            long sum = 0;
            for (var i = 0; i < totals.Length; i++)
            {
                sum += counts[totals[i].Index];
            }

            return sum;
        }
    }
}
