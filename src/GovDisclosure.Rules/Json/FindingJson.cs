using System.Text.Json;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Writes one finding as the JSON object of schema/validation-result.schema.json:
/// <c>ruleId</c>, <c>severity</c> (lower case), <c>message</c>, <c>path</c>, <c>related</c>, and <c>expected</c>,
/// <c>actual</c>, <c>line</c>, <c>column</c>, and the place members <c>page</c>, <c>table</c>, <c>row</c>, <c>cell</c>,
/// <c>paragraph</c> only where they mean something. Shared by the validation result and the diff.
/// </summary>
internal static class FindingJson
{
    internal static void Write(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteString("severity", SeverityName(finding.Severity));
        writer.WriteString("message", finding.Message);
        writer.WriteString("path", finding.Path);
        writer.WriteStartArray("related");
        for (var i = 0; i < finding.Related.Count; i++)
        {
            writer.WriteStringValue(finding.Related[i]);
        }

        writer.WriteEndArray();
        if (finding.Expected is { } expected)
        {
            writer.WriteNumber("expected", expected);
        }

        if (finding.Actual is { } actual)
        {
            writer.WriteNumber("actual", actual);
        }

        if (finding.Line is { } line)
        {
            writer.WriteNumber("line", line);
        }

        if (finding.Column is { } column)
        {
            writer.WriteNumber("column", column);
        }

        // Places that are not lines: a PDF's page, a Word document's table, row and cell, or paragraph.
        if (finding.Place is { } place)
        {
            WriteIfKnown(writer, "page", place.Page);
            WriteIfKnown(writer, "table", place.Table);
            WriteIfKnown(writer, "row", place.Row);
            WriteIfKnown(writer, "cell", place.Cell);
            WriteIfKnown(writer, "paragraph", place.Paragraph);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>findings</c> member: every finding, in the order given.</summary>
    internal static void WriteArray(Utf8JsonWriter writer, System.Collections.Generic.IReadOnlyList<Finding> findings)
    {
        writer.WriteStartArray("findings");
        for (var i = 0; i < findings.Count; i++)
        {
            Write(writer, findings[i]);
        }

        writer.WriteEndArray();
    }

    private static void WriteIfKnown(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } known)
        {
            writer.WriteNumber(name, known);
        }
    }

    /// <summary>The severity as the JSON writes it: error, warning or info.</summary>
    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
