using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// GD402: the overview (its lead paragraphs and five sub-sections) says every application was concluded
/// (<see cref="AllConcludedStatement"/>) but table B's <c>carriedForward/total</c> is above 0. Reported once, for the first
/// such statement, at <c>carriedForward/total</c>, with the text as related; expected 0, actual the carried-forward total.
/// </summary>
internal sealed class StatedAllConcludedRule : ReportRule
{
    private static readonly FormCell CarriedForward = TableTotals.Of(ReportForm.CarriedForward);

    internal StatedAllConcludedRule()
        : base(ReportRules.StatedAllConcluded)
    {
    }

    public override void Check(RuleContext context)
    {
        var report = context.Report;
        var carriedForward = CarriedForward.Count(report);
        if (carriedForward == 0)
        {
            return;
        }

        var texts = OverviewText.Members;
        for (var t = 0; t < texts.Length; t++)
        {
            var text = texts[t].Text(report);
            if (text is not null && AllConcludedStatement.Find(text) is { } statement)
            {
                context.ReportFinding(CarriedForward.Pointer, context.Format(statement, carriedForward), [texts[t].Pointer], 0, carriedForward);
                return;
            }
        }
    }
}
