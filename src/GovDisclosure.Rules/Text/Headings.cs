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
    private const int MaxHeadingLength = 80;

    // A looser wording is accepted when it holds, or is held by, the heading and is at least this long.
    private const int MinLooseLength = 4;

    private static readonly (FormSection Section, string[] Keys)[] SectionKeys =
        ReportForm.Sections.Select(s => (s, new[] { s.Heading }.Concat(s.HeadingVariants).Select(Wording.Key).ToArray())).ToArray();

    private static readonly (OverviewTopic Topic, string Ordinal, string Keyword)[] TopicKeys =
        ReportForm.OverviewTopics.Select(t => (t, OrdinalOf(Wording.Key(t.Heading)), Wording.Key(t.Keyword))).ToArray();

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
            if (keys.Any(k => k == rest)
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

    /// <summary>Whether the line would be read as any heading, wherever it stood.</summary>
    internal static bool IsHeading(string line) => SectionOf(line) is not null || TopicOf(line) is not null;

    /// <summary>The key of a line that could be a heading, or null when it cannot (too long, has digits, empty).</summary>
    private static string? HeadingKey(string line)
    {
        if (line.Length > MaxHeadingLength)
        {
            return null;
        }

        var text = Wording.WithoutMarkdownMarks(line.Trim());
        if (text.Length == 0 || Wording.HasDigit(text))
        {
            return null;
        }

        var key = Wording.WithoutTrailingPunctuation(Wording.Key(text));
        return key.Length == 0 ? null : key;
    }

    private static string WithoutSeparator(string key, int at) =>
        at < key.Length && key[at] is '、' or '.' or ',' ? key.Substring(at + 1) : key.Substring(at);

    /// <summary>The bracketed ordinal at the start of a sub-heading's key, such as "(一)".</summary>
    private static string OrdinalOf(string key) => key.Substring(0, key.IndexOf(')') + 1);
}
