using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The agency's address, phone and website as the lead-in states them: “联系地址：…，联系电话：…，网址：…”.
/// Each value runs from its label's colon to the next ，,；;。, line end or label, and is normalised the same way:
/// trimmed, the angle brackets of &lt;http://…&gt; dropped, and spaces touching Chinese characters dropped
/// (“中山路 181 号” → “中山路181号”).
/// </summary>
internal static class ContactDetails
{
    /// <summary>The three agency details, in the order of the form: address, phone, website.</summary>
    internal static IReadOnlyList<FormText> Members { get; } = [ReportForm.Texts[1], ReportForm.Texts[2], ReportForm.Texts[3]];

    // The form's own label first (联系地址, 联系电话, 网址), then the other wordings reports use.
    private static readonly string[][] Labels =
    [
        [Members[0].Label, "通讯地址", "办公地址", "地址"],
        [Members[1].Label, "咨询电话", "电话"],
        [Members[2].Label, "网站地址"],
    ];

    private const string Terminators = "，,；;。\n\r";

    /// <summary>Reads the three details from the lead-in; a detail it does not state is null.</summary>
    internal static string?[] Extract(string? preamble)
    {
        var values = new string?[Members.Count];
        if (preamble is null)
        {
            return values;
        }

        var starts = Labels.Select(labels => labels.Select(l => FindLabel(preamble, l)).Where(p => p.Label >= 0).ToArray()).ToArray();
        var allLabels = starts.SelectMany(s => s).Select(p => p.Label).ToArray();
        for (var m = 0; m < Members.Count; m++)
        {
            if (starts[m].Length == 0)
            {
                continue;
            }

            var first = starts[m].OrderBy(p => p.Label).First();
            var end = first.Value;
            while (end < preamble.Length && Terminators.IndexOf(preamble[end]) < 0)
            {
                end++;
            }

            foreach (var other in allLabels)
            {
                if (other >= first.Value && other < end)
                {
                    end = other;
                }
            }

            values[m] = Normalise(preamble.Substring(first.Value, end - first.Value));
        }

        return values;
    }

    /// <summary>Where a label followed by a colon stands, and where its value begins; (-1, -1) when it does not.</summary>
    private static (int Label, int Value) FindLabel(string text, string label)
    {
        for (var at = text.IndexOf(label, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, System.StringComparison.Ordinal))
        {
            var colon = at + label.Length;
            while (colon < text.Length && text[colon] is ' ' or '\u3000')
            {
                colon++;
            }

            if (colon < text.Length && text[colon] is '：' or ':')
            {
                return (at, colon + 1);
            }
        }

        return (-1, -1);
    }

    private static string? Normalise(string value)
    {
        var text = value.Trim();
        if (text.Length >= 2 && text[0] == '<' && text[text.Length - 1] == '>')
        {
            text = text.Substring(1, text.Length - 2);
        }

        text = Wording.CompactSpacing(text);
        return text.Length == 0 ? null : text;
    }
}
