using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>
/// The similarity as its definition states it, with nothing clever: white space removed, the texts padded with U+FFFF at
/// both ends, every bigram of one counted in a dictionary and every bigram of the other taken from it; Dice of the count.
/// The library's <see cref="GovDisclosure.Rules.Diff.TextSimilarity"/> must give exactly the same number.
/// </summary>
internal static class ReferenceSimilarity
{
    public static double Of(string? first, string? second)
    {
        var a = WithoutWhiteSpace(first);
        var b = WithoutWhiteSpace(second);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var counts = Bigrams(a).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        long shared = 0;
        foreach (var bigram in Bigrams(b))
        {
            if (counts.TryGetValue(bigram, out var count) && count > 0)
            {
                counts[bigram] = count - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length + 1 + b.Length + 1);
    }

    public static string WithoutWhiteSpace(string? text) => new((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static IEnumerable<(char, char)> Bigrams(string text)
    {
        var padded = "\uFFFF" + text + "\uFFFF";
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            yield return (padded[i], padded[i + 1]);
        }
    }
}
