using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// Finds objects that are nothing but a reference to another object (<c>4 0 obj 5 0 R endobj</c>) and follows the
/// chains before PdfPig sees the file: PdfPig 0.1.16 follows such a chain by recursion, so a loop (4 → 5 → 4) or a
/// long chain overflows the stack, which no handler can catch. A loop, or a chain longer than the nesting limit, stops
/// the import with GDT009. (Objects packed in compressed object streams are not seen here.)
/// </summary>
internal static class ReferenceChains
{
    private static readonly Regex BareReference = new(
        @"(\d{1,10})\s+(\d{1,5})\s+obj\s*(\d{1,10})\s+(\d{1,5})\s+R\s*endobj", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(10));

    internal static void Check(byte[] bytes, int maxNesting)
    {
        // Latin-1 keeps one character a byte, so the PDF's ASCII syntax reads as written.
        var text = Encoding.GetEncoding(28591).GetString(bytes);
        var next = new Dictionary<string, string>();
        foreach (Match match in BareReference.Matches(text))
        {
            next[match.Groups[1].Value + " " + match.Groups[2].Value] = match.Groups[3].Value + " " + match.Groups[4].Value;
        }

        var finished = new HashSet<string>();
        foreach (var start in next.Keys)
        {
            var seen = new HashSet<string>();
            var at = start;
            while (next.TryGetValue(at, out var target) && !finished.Contains(at))
            {
                if (!seen.Add(at) || seen.Count > maxNesting)
                {
                    throw new ImportLimitException("Pdf.ReferenceChain", maxNesting, start);
                }

                at = target;
            }

            finished.UnionWith(seen);
        }
    }
}
