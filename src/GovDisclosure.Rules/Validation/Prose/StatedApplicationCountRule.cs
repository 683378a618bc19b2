using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// GD401: the overview (its lead paragraphs and five sub-sections) states a number of applications received that equals
/// neither table B's <c>received/total</c> nor <c>received/total + carriedOver/total</c>. The statements recognised are those
/// of <see cref="ReceivedStatement"/>; the first that disagrees is reported, at <c>/overview</c>, with the text that states it
/// and the two cells as related. Expected is <c>received/total</c>; actual is the number stated.
/// </summary>
internal sealed class StatedApplicationCountRule : ReportRule
{
    private static readonly FormCell Received = TableTotals.Of(ReportForm.Received);
    private static readonly FormCell CarriedOver = TableTotals.Of(ReportForm.CarriedOver);

    internal StatedApplicationCountRule()
        : base(ReportRules.StatedApplicationCount)
    {
    }

    public override void Check(RuleContext context)
    {
        var report = context.Report;
        var received = context.Counts[Received.Index];
        var withCarriedOver = received + context.Counts[CarriedOver.Index];
        var texts = OverviewText.Members;
        for (var t = 0; t < texts.Length; t++)
        {
            var text = texts[t].Text(report);
            if (text is null)
            {
                continue;
            }

            var from = 0;
            var scan = new ReceivedStatement(text);
            while (scan.TryFind(from, out var stated, out from))
            {
                if (stated != received && stated != withCarriedOver)
                {
                    context.ReportFinding(ReportForm.OverviewSection.Pointer, context.Format(stated, received, withCarriedOver),
                        [texts[t].Pointer, Received.Pointer, CarriedOver.Pointer], received, stated);
                    return;
                }
            }
        }
    }
}
