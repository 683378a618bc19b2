using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// GD003: a required prose section (<see cref="FormText.IsRequired"/> and <see cref="FormText.IsProse"/>: the overview's
/// lead paragraphs, section 五 and section 六) is empty or only white space — one finding per section.
/// </summary>
internal sealed class EmptyProseRule : ReportRule
{
    private static readonly FormText[] RequiredProse = ReportForm.Texts.Where(t => t.IsRequired && t.IsProse).ToArray();

    internal EmptyProseRule()
        : base(ReportRules.EmptyProse)
    {
    }

    public override void Check(RuleContext context)
    {
        for (var i = 0; i < RequiredProse.Length; i++)
        {
            var text = RequiredProse[i];
            if (string.IsNullOrWhiteSpace(text.Text(context.Report)))
            {
                context.ReportFinding(text.Pointer, context.Format(text));
            }
        }
    }
}
