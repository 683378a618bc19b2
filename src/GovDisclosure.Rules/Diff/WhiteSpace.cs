using System;
#if NET
using System.Buffers;
#endif

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// Removes white space (every character <see cref="char.IsWhiteSpace(char)"/> accepts) from text, for the similarity of
/// prose: text extracted from a page gains and loses spaces and line breaks, the words are what matter.
/// </summary>
internal static class WhiteSpace
{
    /// <summary>
    /// The last white-space character, the ideographic space: nothing above it is white space, so most Chinese text is
    /// passed over without a lookup.
    /// </summary>
    internal const char Last = '\u3000';

#if NET
    private static readonly SearchValues<char> Characters = SearchValues.Create(All());
#endif

    /// <summary>Every white-space character, from the runtime's own definition.</summary>
    internal static char[] All()
    {
        var all = new System.Collections.Generic.List<char>();
        for (var c = '\0'; c <= Last; c++)
        {
            if (char.IsWhiteSpace(c))
            {
                all.Add(c);
            }
        }

        return all.ToArray();
    }

    /// <summary>Copies the text without its white space to the destination, which is at least as long; returns how many characters it wrote.</summary>
    internal static int CopyWithout(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
#if NET
        // Vectorised: jump from white space to white space and copy the runs between.
        while (true)
        {
            var next = text.IndexOfAny(Characters);
            if (next < 0)
            {
                text.CopyTo(destination.Slice(written));
                return written + text.Length;
            }

            text.Slice(0, next).CopyTo(destination.Slice(written));
            written += next;
            text = text.Slice(next + 1);
        }
#else
        foreach (var c in text)
        {
            if (c > Last || !char.IsWhiteSpace(c))
            {
                destination[written++] = c;
            }
        }

        return written;
#endif
    }
}
