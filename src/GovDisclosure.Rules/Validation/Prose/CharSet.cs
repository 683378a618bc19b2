using GovDisclosure.Rules.Form;
using System;
using System.Linq;
#if NET
using System.Buffers;
#endif

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// A few characters to look for, such as the marks that end a sentence or the first characters of a list of words. The
/// scanners jump from one occurrence to the next instead of testing every position (vectorised on .NET 8 and later).
/// </summary>
internal sealed class CharSet
{
#if NET
    private readonly SearchValues<char> values;
#else
    private readonly string values;
#endif

    internal CharSet(string characters)
    {
#if NET
        values = SearchValues.Create(characters);
#else
        values = characters;
#endif
    }

    /// <summary>The set of the first characters of <paramref name="words"/>.</summary>
    internal static CharSet FirstCharactersOf(string[] words) => new(new string(words.Select(w => w[0]).Distinct().ToArray()));

    /// <summary>The first position in [start, end) holding one of the characters, or −1.</summary>
    internal int IndexIn(string text, int start, int end)
    {
        var found = text.AsSpan(start, end - start).IndexOfAny(values);
        ScanWork.Add(found < 0 ? end - start : found + 1);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>The last position in [start, end) holding one of the characters, or −1.</summary>
    internal int LastIndexIn(string text, int start, int end)
    {
        var found = text.AsSpan(start, end - start).LastIndexOfAny(values);
        ScanWork.Add(found < 0 ? end - start : end - start - found);
        return found < 0 ? -1 : start + found;
    }
}
