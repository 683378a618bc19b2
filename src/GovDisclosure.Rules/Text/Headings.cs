using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Recognises the section headings 一…六 (with the variants real reports use) and the sub-headings （一）…（五） of the
/// overview. The exporter asks the same questions, so that no prose line it writes is read back as a heading.
/// </summary>
internal static class Headings
{
    // Headings are short; a longer line is prose, whatever it starts with. This also keeps a huge line cheap.
    internal const int MaxHeadingLength = 80;

    // A looser wording is accepted when it holds, or is held by, the heading and is at least this long.
    private const int MinLooseLength = 4;

    private static readonly (FormSection Section, string[] Keys)[] SectionKeys =
        ReportForm.Sections.Select(s => (s, new[] { s.Heading }.Concat(s.HeadingVariants).Select(Wording.Key).ToArray())).ToArray();

    private const string SectionNumerals = "一二三四五六七八九";

    // Each section's heading and variants as keys without 、 and , (政府信息公开行政复议行政诉讼情况).
    private static readonly string[][] LooseKeys = ReportForm.Sections.Select(s => new[] { s.Heading }.Concat(s.HeadingVariants).Select(h => Loose(Wording.Key(h))).ToArray()).ToArray();

    private static readonly string[] TopicHeadingKeys = ReportForm.OverviewTopics.Select(t => Loose(Wording.Key(t.Heading))).ToArray();

    private static readonly (OverviewTopic Topic, string Ordinal, string Keyword)[] TopicKeys =
        ReportForm.OverviewTopics.Select(t => (t, OrdinalOf(Wording.Key(t.Heading)), Wording.Key(t.Keyword))).ToArray();

    private static readonly (int Start, int End)[] NoSpans = [];

    /// <summary>
    /// Whether a line holds a CJK ideograph (U+4E00 on, where every ordinal and word of a heading stands, and every
    /// character <see cref="Wording.Fold(char)"/> makes one): a line of figures, pipes or Latin text is never a heading,
    /// and is passed over without building its key — most lines of a table copied one cell a line.
    /// </summary>
    private static bool HoldsIdeograph(string line)
    {
        foreach (var c in line)
        {
            if (c >= '\u4E00')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The section whose heading the line is, or null.</summary>
    internal static FormSection? SectionOf(string line)
    {
        var key = HeadingKey(line);
        if (key is null)
        {
            return null;
        }

        foreach (var (section, keys) in SectionKeys)
        {
            if (!key.StartsWith(section.Number, System.StringComparison.Ordinal))
            {
                continue;
            }

            var rest = WithoutSeparator(key, section.Number.Length);
            if (keys.Any(k => k == rest || Loose(k) == Loose(rest))
                || (rest.Length >= MinLooseLength && !Wording.HasSentencePunctuation(rest)
                    && keys.Any(k => k.IndexOf(rest, System.StringComparison.Ordinal) >= 0 || rest.IndexOf(k, System.StringComparison.Ordinal) >= 0)))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>
    /// The overview topic whose sub-heading the line is, or null: its bracketed ordinal and its keyword must both agree,
    /// so （三）优化政府信息管理情况 is the sub-heading of 政府信息管理, while （一）主动公开方面，我局… is prose.
    /// </summary>
    internal static OverviewTopic? TopicOf(string line)
    {
        var key = HeadingKey(line);
        if (key is null)
        {
            return null;
        }

        foreach (var (topic, ordinal, keyword) in TopicKeys)
        {
            if (key.StartsWith(ordinal, System.StringComparison.Ordinal))
            {
                var rest = WithoutSeparator(key, ordinal.Length);
                return rest.IndexOf(keyword, System.StringComparison.Ordinal) >= 0 && !Wording.HasSentencePunctuation(rest) ? topic : null;
            }
        }

        return null;
    }

    /// <summary>Whether the line would be read as any heading, or holds one run together with text, wherever it stood.</summary>
    internal static bool IsHeading(string line) => SectionOf(line) is not null || TopicOf(line) is not null || RunTogether(line).Count > 0;

    /// <summary>
    /// The headings run together with text on one line (“一、总体情况2023年，本局…”, or several sections on one long line
    /// as a page or a PDF may give them), as (start, end) spans of the line: a section heading at the start of the line
    /// or after white space or the end of a sentence, and an overview sub-heading at the start of the line. Empty when
    /// there is none, or when the whole line is one heading.
    /// </summary>
    internal static IReadOnlyList<(int Start, int End)> RunTogether(string line)
    {
        ScanWork.Add(line.Length);
        if (!HoldsIdeograph(line))
        {
            return NoSpans;
        }

        var spans = new List<(int Start, int End)>();
        if (line.Length > 0 && TopicPrefix(line) is var topicEnd && topicEnd > 0 && HasText(line, topicEnd))
        {
            spans.Add((0, AfterColon(line, topicEnd)));
        }

        for (var p = 0; p < line.Length; p++)
        {
            if ((p == 0 || IsBoundary(line[p - 1])) && SectionAt(line, p) is var end && end > 0 && (p > 0 || HasText(line, end)))
            {
                end = AfterColon(line, end);
                spans.Add((p, end));
                p = end - 1;
            }
        }

        return spans;
    }

    // A heading's own colon stays with it: “一、总体情况：2023年…” is the heading and “2023年…”.
    private static int AfterColon(string line, int end)
    {
        var i = Wording.SkipSpace(line, end);
        return i < line.Length && Wording.Fold(line[i]) == ':' ? Wording.SkipSpace(line, i + 1) : end;
    }

    private static bool HasText(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]) && Wording.Fold(line[i]) is not (':' or '。' or '.' or ';'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || Wording.Fold(c) is '。' or ';' or ':' or '!' or '?';

    /// <summary>Where a section heading that starts at <paramref name="p"/> ends; 0 when none starts there.</summary>
    private static int SectionAt(string line, int p)
    {
        var number = Ordinal(line, p, out var q);
        if (number < 0)
        {
            return 0;
        }

        q = Wording.SkipSpace(line, q);
        if (q < line.Length && Wording.Fold(line[q]) is '、' or '.' or ',')
        {
            q = Wording.SkipSpace(line, q + 1);
        }

        var best = 0;
        foreach (var key in LooseKeys[number])
        {
            var end = MatchLoosely(line, q, key);
            best = end > best ? end : best;
        }

        return best;
    }

    /// <summary>Where an overview sub-heading at the start of the line ends (its whole heading, loosely); 0 when none.</summary>
    private static int TopicPrefix(string line)
    {
        var start = Wording.SkipSpace(line, 0);
        foreach (var key in TopicHeadingKeys)
        {
            var end = MatchLoosely(line, start, key);
            if (end > 0)
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>The section number (0 for 一) of an ordinal at <paramref name="p"/>: 一…六 or 1…6; −1 when none.</summary>
    private static int Ordinal(string line, int p, out int next)
    {
        next = p + 1;
        var c = Wording.Fold(line[p]);
        var numeral = SectionNumerals.IndexOf(c);
        if (numeral >= 0)
        {
            return numeral < ReportForm.Sections.Count ? numeral : -1;
        }

        var isArabic = c >= '1' && c < '1' + ReportForm.Sections.Count && (p + 1 >= line.Length || !Wording.IsDigit(line[p + 1])) && (p == 0 || !Wording.IsDigit(line[p - 1]));
        return isArabic ? c - '1' : -1;
    }

    /// <summary>Matches a key from <paramref name="start"/>, skipping white space and the punctuation loose keys drop; the end, or 0.</summary>
    private static int MatchLoosely(string line, int start, string key)
    {
        var i = start;
        for (var j = 0; j < key.Length; i++)
        {
            if (i >= line.Length)
            {
                return 0;
            }

            var c = Wording.Fold(line[i]);
            if (char.IsWhiteSpace(c) || IsLoosePunctuation(c))
            {
                continue;
            }

            if (c != key[j])
            {
                ScanWork.Add(i - start + 1);
                return 0;
            }

            j++;
        }

        return i;
    }

    private static bool IsLoosePunctuation(char c) => c is '、' or ',';

    private static string Loose(string key)
    {
        var loose = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (!IsLoosePunctuation(c))
            {
                loose.Append(c);
            }
        }

        return loose.ToString();
    }

    // The matcher asks of a line whether it is a section heading and then whether it is a sub-heading: the key of the
    // last line asked on this thread is kept (strings do not change, so the same string has the same key).
    [System.ThreadStatic]
    private static string? keyedLine;

    [System.ThreadStatic]
    private static string? lineKey;

    /// <summary>The key of a line that could be a heading, or null when it cannot (too long, has digits, empty).</summary>
    private static string? HeadingKey(string line)
    {
        if (line.Length > MaxHeadingLength || !HoldsIdeograph(line))
        {
            return null;
        }

        if (!ReferenceEquals(line, keyedLine))
        {
            lineKey = KeyOf(line);
            keyedLine = line;
        }

        return lineKey;
    }

    private static string? KeyOf(string line)
    {
        var text = Wording.WithoutMarkdownMarks(line.Trim());
        if (text.Length == 0)
        {
            return null;
        }

        // 1、 1. 1． number a section as 一、 does.
        var key = Wording.WithoutTrailingPunctuation(Wording.Key(text));
        if (key.Length > 0 && Ordinal(key, 0, out _) is var number && number >= 0 && Wording.IsAsciiDigit(key[0]))
        {
            key = SectionNumerals[number] + key.Substring(1);
        }

        return key.Length == 0 || Wording.HasDigit(key) ? null : key;
    }

    private static string WithoutSeparator(string key, int at) =>
        at < key.Length && key[at] is '、' or '.' or ',' ? key.Substring(at + 1) : key.Substring(at);

    /// <summary>The bracketed ordinal at the start of a sub-heading's key, such as "(一)".</summary>
    private static string OrdinalOf(string key) => key.Substring(0, key.IndexOf(')') + 1);
}
