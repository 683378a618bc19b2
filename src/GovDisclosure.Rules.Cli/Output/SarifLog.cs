using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning hosts: the rule catalogue as the tool's rules, one result per finding, with the
/// file as the artifact, a region (line, column) where the finding is located and the JSON Pointer as a logical location.
/// </summary>
internal static class SarifLog
{
    public static void Write(Stream output, IReadOnlyList<FileOutcome> files, MessageLanguage language)
    {
        var rules = RuleCatalog.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "govdisclosure");
        json.WriteString("semanticVersion", typeof(AnnualReport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        json.WriteString("informationUri", "https://github.com/govdisclosure/GovDisclosure.Rules");
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
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", Uri(file.Path));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        for (var f = 0; f < files.Count; f++)
        {
            foreach (var finding in files[f].Findings)
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
                json.WriteString("uri", Uri(files[f].Path));
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
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
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
