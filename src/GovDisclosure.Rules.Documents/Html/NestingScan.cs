using System;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// Measures, in one pass over the markup and before any parsing, how deep the elements nest: each start tag opens a level
/// and each end tag closes one. Void elements, self-closed tags, and the elements HTML closes by itself when a sibling
/// starts (p, li, td, th, tr, option …) open none, so a page of unclosed paragraphs is not taken for a deep one.
/// Comments, and the raw text of scripts and styles, are passed over.
/// </summary>
internal static class NestingScan
{
    private static readonly string[] Flat =
    [
        "br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source", "embed", "param", "track", "keygen",
        "p", "li", "td", "th", "tr", "option", "dt", "dd", "colgroup", "thead", "tbody", "tfoot", "rt", "rp", "optgroup", "!doctype",
    ];

    /// <summary>Throws <see cref="ImportLimitException"/> when the elements nest deeper than the limit.</summary>
    internal static void Check(string html, int limit)
    {
        // One pass over the markup, raw text and comments skipped by searches.
        DocumentWork.Add(html.Length);
        var depth = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return;
                }

                i = end + 2;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] is ':' or '-' or '!'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !(char.IsLetter(html[nameStart]) || html[nameStart] == '!'))
            {
                continue;
            }

            var name = html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant();
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                return;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - (IsFlat(name) ? 0 : 1));
            }
            else if (!IsFlat(name) && html[tagEnd - 1] != '/')
            {
                if (++depth > limit)
                {
                    throw ImportLimitException.Nesting(limit);
                }

                if (name is "script" or "style" or "textarea" or "title" or "xmp")
                {
                    // Raw text: nothing inside is markup; go to the end tag.
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (close < 0)
                    {
                        return;
                    }

                    i = close - 1;
                    continue;
                }
            }

            i = tagEnd;
        }
    }

    private static bool IsFlat(string name) => Array.IndexOf(Flat, name) >= 0 || name.StartsWith("!", StringComparison.Ordinal);
}
