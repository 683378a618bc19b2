using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// The form's row labels, for placing label text a PDF scattered (a label wrapped over lines, cut by a page break, or
/// standing once beside the rows it spans): the form is the one source of the labels and of their order.
/// </summary>
internal static class FormLabels
{
    // The key of each row's innermost label, in the form's order.
    private static readonly string[] Keys = ReportForm.Rows.Select(row => Wording.Key(row.Label)).ToArray();

    /// <summary>
    /// The index in <see cref="ReportForm.Rows"/> of the row whose innermost label this text is: the next one after
    /// <paramref name="after"/>, else the first; -1 for none.
    /// </summary>
    internal static int Find(string label, int after)
    {
        var key = Wording.Key(label);
        if (key.Length == 0)
        {
            return -1;
        }

        for (var i = after + 1; i < Keys.Length; i++)
        {
            if (Keys[i] == key)
            {
                return i;
            }
        }

        for (var i = 0; i <= after && i < Keys.Length; i++)
        {
            if (Keys[i] == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text is the innermost label of a row of the form.</summary>
    internal static bool IsLabel(string text) => Find(text, -1) >= 0;
}
