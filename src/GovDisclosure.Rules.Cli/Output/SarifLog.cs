using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Rules.Validation.Corrections;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning hosts: the rule catalogue as the tool's rules, one result per finding, with the
/// file as the artifact, a region (line, column) where the finding is located and the JSON Pointer as a logical location.
/// A suggested correction (GD601) located at a line and column is also a fix: on its own result and on the results of the
/// findings it explains, replacing the printed figure with the corrected one.
/// </summary>
internal sealed class SarifLog : IDisposable
{
    public const string Repository = "https://github.com/govdisclosure/GovDisclosure.Rules";

    /// <summary>Where a rule is explained: its anchor in the generated rule catalogue, docs/rules.md.</summary>
    public static string HelpUri(string ruleId) => $"{Repository}/blob/main/docs/rules.md#{ruleId.ToLowerInvariant()}";

    private readonly TextWriter output;
    private readonly MessageLanguage language;
    private readonly MemoryStream buffer = new();
    private readonly Utf8JsonWriter json;
    private readonly Dictionary<string, int> ruleIndex;

    // The artifacts are listed after the results (JSON members have no order): one URI a file, not its results.
    private readonly List<string> artifacts = [];

    /// <summary>Starts the log on <paramref name="output"/>: the tool and its rules, then the results as files are added.</summary>
    public SarifLog(TextWriter output, MessageLanguage language)
    {
        this.output = output;
        this.language = language;
        var rules = RuleCatalog.All;
        ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "govdisclosure");
        json.WriteString("semanticVersion", typeof(AnnualReport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        json.WriteString("informationUri", Repository);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", PascalCase(rule.EnglishTitle));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.TitleIn(language));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Title + " / " + rule.EnglishTitle);
            json.WriteEndObject();
            json.WriteString("helpUri", HelpUri(rule.Id));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        Flush();
    }

    /// <summary>The whole log of <paramref name="files"/> at once.</summary>
    public static void Write(TextWriter output, IEnumerable<FileOutcome> files, MessageLanguage language)
    {
        using var log = new SarifLog(output, language);
        foreach (var file in files)
        {
            log.Add(file);
        }

        log.End();
    }

    /// <summary>The results of one file, written out at once; the log keeps only its URI.</summary>
    public void Add(FileOutcome file)
    {
        var f = artifacts.Count;
        var uri = Uri(file.Path);
        artifacts.Add(uri);
        var suggestions = file.Findings.Where(IsFix).ToArray();
        var lines = suggestions.Length > 0 ? SourceLines(file.Path) : [];
        var figures = suggestions.Select(s => FigureAt(lines, s)).ToArray();
        foreach (var finding in file.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            if (ruleIndex.TryGetValue(finding.RuleId, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", uri);
            json.WriteNumber("index", f);
            json.WriteEndObject();
            if (finding.Line is int line && line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                if (finding.Column is int column && column > 0)
                {
                    json.WriteNumber("startColumn", column);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", finding.Path.Length == 0 ? "/" : finding.Path);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            var fixes = suggestions.Select((s, i) => (Suggestion: s, Column: figures[i]))
                .Where(x => x.Column > 0 && (x.Suggestion == finding || (finding.RuleId != x.Suggestion.RuleId && x.Suggestion.Related.Contains(finding.Path)))).ToArray();
            if (fixes.Length > 0)
            {
                WriteFixes(json, fixes, uri, f);
            }

            json.WriteEndObject();
        }

        Flush();
    }

    /// <summary>Closes the results, lists the artifacts in the order added, and ends the log with a newline.</summary>
    public void End()
    {
        json.WriteEndArray();
        json.WriteStartArray("artifacts");
        foreach (var uri in artifacts)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", uri);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    public void Dispose()
    {
        json.Dispose();
        buffer.Dispose();
    }

    /// <summary>What has been written so far goes out; the buffer holds one file's results at most.</summary>
    private void Flush()
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    // A fix replaces the printed figure where the finding is located, so it needs its line and column, and both figures.
    private static bool IsFix(Finding finding) =>
        finding.RuleId == CorrectionRules.SuggestedCorrection.Id && finding.Line is > 0 && finding.Column is > 0 && finding.Expected is not null && finding.Actual is not null;

    /// <summary>The lines of a text source (JSON, text, HTML); none for a source that cannot be read as text now.</summary>
    private static string[] SourceLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>
    /// The column where the printed figure stands as a whole number on the finding's line, at or after its column (a JSON
    /// finding points at the member's name, the figure follows); 0 when it is not there (a Word or PDF source).
    /// </summary>
    private static int FigureAt(string[] lines, Finding fix)
    {
        var line = fix.Line!.Value;
        if (line > lines.Length)
        {
            return 0;
        }

        var text = lines[line - 1];
        var printed = fix.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var at = text.IndexOf(printed, Math.Max(0, fix.Column!.Value - 1), StringComparison.Ordinal); at >= 0; at = text.IndexOf(printed, at + 1, StringComparison.Ordinal))
        {
            var end = at + printed.Length;
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end])))
            {
                return at + 1;
            }
        }

        return 0;
    }

    private static void WriteFixes(Utf8JsonWriter json, (Finding Suggestion, int Column)[] fixes, string uri, int index)
    {
        json.WriteStartArray("fixes");
        foreach (var (fix, column) in fixes)
        {
            var printed = fix.Actual!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Message);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", uri);
            json.WriteNumber("index", index);
            json.WriteEndObject();
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("startLine", fix.Line!.Value);
            json.WriteNumber("startColumn", column);
            json.WriteNumber("endColumn", column + printed.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.Expected!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    // SARIF wants URIs: relative paths with forward slashes stay relative; rooted paths become file: URIs.
    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(Path.GetFullPath(path)).AbsoluteUri : path.Replace('\\', '/');

    private static string PascalCase(string words) =>
        string.Concat(words.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
}
