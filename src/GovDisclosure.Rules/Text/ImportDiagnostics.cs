using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Text;

/// <summary>Collects the GDT findings of one import, worded in the chosen language.</summary>
internal sealed class ImportDiagnostics
{
    // A quoted line is shortened in messages, so that a 5 MB line makes a short finding.
    private const int MaxQuotedLength = 40;

    private readonly List<Finding> findings = [];

    internal ImportDiagnostics(MessageLanguage language) => Language = language;

    /// <summary>The language of the messages.</summary>
    internal MessageLanguage Language { get; }

    /// <summary>Whether an error has been found.</summary>
    internal bool HasErrors => findings.Exists(f => f.Severity == Severity.Error);

    /// <summary>A pair of texts the form owns (a label and its English), as a message argument each catalogue words its way.</summary>
    internal static object Say(string chinese, string english) => new Labels(chinese, english);

    /// <summary>A phrase of the catalogue (Text.*), as a message argument.</summary>
    internal static MessagePart Phrase(string key, params object?[] arguments) => new(key, arguments);

    /// <summary>Adds a finding of a rule, at a line, about a place in the report.</summary>
    internal void Add(RuleDescriptor rule, int line, string path, params object?[] arguments) => Add(rule, SourcePlace.AtLine(line, 1), path, arguments);

    /// <summary>Adds a finding of a rule, at a place in the source, about a place in the report.</summary>
    internal void Add(RuleDescriptor rule, SourcePlace place, string path, params object?[] arguments) =>
        findings.Add(rule.Find(Language, path, arguments).WithPlace(place));

    /// <summary>A line as a message quotes it: trimmed, and shortened when long.</summary>
    internal static string Quote(string line)
    {
        var text = line.Trim();
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        // Never cut a surrogate pair in two: a lone surrogate would break a JSON or SARIF rendering of the finding.
        var cut = char.IsHighSurrogate(text[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return text.Substring(0, cut) + "…";
    }

    /// <summary>Every finding, by line, then rule ID.</summary>
    internal IReadOnlyList<Finding> Findings =>
        findings.OrderBy(f => f.Line).ThenBy(f => f.Column ?? 0).ThenBy(f => f.RuleId, System.StringComparer.Ordinal).ToArray();
}
