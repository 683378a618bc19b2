using System;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>The prose of section 一 (the overview): its lead paragraphs and its five sub-sections, in document order.</summary>
internal static class OverviewText
{
    /// <summary>The text members under <c>/overview</c>, derived from <see cref="ReportForm.Texts"/>.</summary>
    internal static readonly FormText[] Members =
        ReportForm.Texts.Where(t => t.Pointer.StartsWith(ReportForm.OverviewSection.Pointer + "/", StringComparison.Ordinal)).ToArray();

    /// <summary>Whether any part of the overview contains a word.</summary>
    internal static bool Names(AnnualReport report, string word)
    {
        for (var i = 0; i < Members.Length; i++)
        {
            var text = Members[i].Text(report);
            if (text is null)
            {
                continue;
            }

            var found = text.IndexOf(word, StringComparison.Ordinal);
            ScanWork.Add(found < 0 ? text.Length : found + word.Length);
            if (found >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
