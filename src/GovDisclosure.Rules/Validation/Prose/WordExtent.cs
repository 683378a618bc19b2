using System;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Where a list of words first ends and last starts inside one span of a text (a sentence or a clause), measured once per
/// span. Asking "does one of the words occur between the span's start and here?" for many positions of the span then
/// costs nothing more, where searching anew each time would be quadratic in a long span.
/// </summary>
internal struct WordExtent
{
    private readonly string[] words;
    private int start;
    private int end;
    private int firstEnd;
    private int lastStart;

    internal WordExtent(string[] words)
    {
        this.words = words;
        start = 0;
        end = -1;
        firstEnd = int.MaxValue;
        lastStart = -1;
    }

    /// <summary>Whether a word occurs wholly inside [spanStart, before), where <paramref name="before"/> ≤ <paramref name="spanEnd"/>.</summary>
    internal bool Before(string text, int spanStart, int spanEnd, int before)
    {
        Measure(text, spanStart, spanEnd);
        return firstEnd <= before;
    }

    /// <summary>Whether a word occurs wholly inside [from, spanEnd), where <paramref name="from"/> ≥ <paramref name="spanStart"/>.</summary>
    internal bool From(string text, int spanStart, int spanEnd, int from)
    {
        Measure(text, spanStart, spanEnd);
        return lastStart >= from;
    }

    /// <summary>Whether a word occurs wholly inside the span.</summary>
    internal bool Anywhere(string text, int spanStart, int spanEnd) => Before(text, spanStart, spanEnd, spanEnd);

    private void Measure(string text, int spanStart, int spanEnd)
    {
        if (spanStart == start && spanEnd == end)
        {
            return;
        }

        start = spanStart;
        end = spanEnd;
        firstEnd = int.MaxValue;
        lastStart = -1;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var first = ProseSpan.Find(text, word, spanStart, spanEnd);
            if (first >= 0)
            {
                firstEnd = Math.Min(firstEnd, first + word.Length);
                lastStart = Math.Max(lastStart, ProseSpan.FindLast(text, word, first, spanEnd));
            }
        }
    }
}
