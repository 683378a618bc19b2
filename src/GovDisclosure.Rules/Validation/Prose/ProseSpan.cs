using GovDisclosure.Rules.Form;
using System;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Plain scanning helpers over a range of a string: sentences end at 。；！？ (and their ASCII forms) or a line break;
/// clauses also end at ，：(and , :). The enumeration comma 、 joins words inside a clause. No allocation.
/// </summary>
internal static class ProseSpan
{
    private const string SentenceEndings = "。；！？;!?\n\r";

    /// <summary>The marks that end a clause (those that end a sentence among them).</summary>
    internal const string ClauseEndings = SentenceEndings + "，,：:";

    private static readonly CharSet SentenceMarks = new(SentenceEndings);
    private static readonly CharSet ClauseMarks = new(ClauseEndings);

    /// <summary>The start of the sentence holding position <paramref name="i"/>.</summary>
    internal static int SentenceStart(string text, int i) => Start(text, i, clauses: false);

    /// <summary>The end (exclusive, before the mark) of the sentence holding position <paramref name="i"/>.</summary>
    internal static int SentenceEnd(string text, int i) => End(text, i, clauses: false);

    /// <summary>The start of the clause holding position <paramref name="i"/>.</summary>
    internal static int ClauseStart(string text, int i) => Start(text, i, clauses: true);

    /// <summary>The end (exclusive, before the mark) of the clause holding position <paramref name="i"/>.</summary>
    internal static int ClauseEnd(string text, int i) => End(text, i, clauses: true);

    private static int Start(string text, int i, bool clauses)
    {
        if (i <= 0)
        {
            return i;
        }

        var mark = (clauses ? ClauseMarks : SentenceMarks).LastIndexIn(text, 0, i);
        return mark + 1;
    }

    private static int End(string text, int i, bool clauses)
    {
        if (i >= text.Length)
        {
            return i;
        }

        var mark = (clauses ? ClauseMarks : SentenceMarks).IndexIn(text, i, text.Length);
        return mark < 0 ? text.Length : mark;
    }

    /// <summary>Whether <paramref name="word"/> occurs at <paramref name="i"/>.</summary>
    internal static bool IsAt(string text, int i, string word)
    {
        // Character by character: the words are a few characters long and most positions fail on the first.
        ScanWork.Add(1);
        if (i < 0 || i + word.Length > text.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (text[i + k] != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <paramref name="word"/> first occurs wholly inside [start, end), or −1.</summary>
    internal static int Find(string text, string word, int start, int end)
    {
        if (start < 0 || end - start < word.Length)
        {
            return -1;
        }

        var found = text.AsSpan(start, end - start).IndexOf(word.AsSpan(), StringComparison.Ordinal);
        ScanWork.Add(found < 0 ? end - start : found + word.Length);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>Where <paramref name="word"/> last occurs wholly inside [start, end), or −1.</summary>
    internal static int FindLast(string text, string word, int start, int end)
    {
        if (start < 0 || end - start < word.Length)
        {
            return -1;
        }

        var found = text.AsSpan(start, end - start).LastIndexOf(word.AsSpan());
        ScanWork.Add(found < 0 ? end - start : end - start - found);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>Whether <paramref name="word"/> occurs wholly inside [start, end).</summary>
    internal static bool Contains(string text, string word, int start, int end) => Find(text, word, start, end) >= 0;

    /// <summary>Whether any of <paramref name="words"/> occurs wholly inside [start, end).</summary>
    internal static bool ContainsAny(string text, string[] words, int start, int end)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (Contains(text, words[i], start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="words"/> that occurs at <paramref name="i"/>, or null.</summary>
    internal static string? WordAt(string text, int i, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (IsAt(text, i, words[w]))
            {
                return words[w];
            }
        }

        return null;
    }

    /// <summary>Whether one of <paramref name="words"/> ends exactly at <paramref name="i"/>.</summary>
    internal static bool EndsWithAny(string text, int i, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (IsAt(text, i - words[w].Length, words[w]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause [start, end) without surrounding white space, for quoting in a message.</summary>
    internal static string Quote(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.Substring(start, end - start);
    }
}
