using System;
using System.IO;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// 报告 JSON 形式的 JSON Schema（draft 2020-12），由 <see cref="ReportForm"/> 生成；仓库中的
/// schema/gov-disclosure-report-2021.schema.json 就是它的输出。
/// The JSON Schema (draft 2020-12) of the report's JSON form, generated from <see cref="ReportForm"/>; the repository's
/// schema/gov-disclosure-report-2021.schema.json is its output.
/// </summary>
/// <remarks>
/// 唯一已知差别：Schema 的 <c>integer</c> 按数值判断，接受 <c>3.0</c> 和 <c>1e2</c> 这样的写法，而读取器要求件数不带小数点和指数（GDJ002）。
/// The one known difference: the schema's <c>integer</c> judges the value, so it accepts spellings such as <c>3.0</c> and
/// <c>1e2</c>, which the reader rejects for a count (GDJ002). No JSON Schema keyword can see how a number is spelled.
/// </remarks>
public static class ReportSchema
{
    /// <summary>Schema 的 <c>$id</c>。The schema's <c>$id</c>.</summary>
    public const string Id = "https://govdisclosure.rules/schema/gov-disclosure-report-2021.schema.json";

    /// <summary>JSON Schema 方言。The JSON Schema dialect.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<string> Text = new(Build);

    /// <summary>
    /// 生成 Schema 文本（缩进两个空格，换行为 "\n"，中文不转义）。Generates the schema text (two-space indents, "\n" line ends, Chinese unescaped).
    /// </summary>
    /// <returns>Schema 文本。The schema text.</returns>
    public static string Generate() => Text.Value;

    /// <summary>Writes the schema afresh; <see cref="Generate"/> hands out the text written once.</summary>
    internal static string Build()
    {
        using var buffer = new MemoryStream(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, ReportJsonWriter.WriterOptions(JsonWriteOptions.Default)))
        {
            var root = JsonShape.Root;
            writer.WriteStartObject();
            writer.WriteString("$schema", Dialect);
            writer.WriteString("$id", Id);
            writer.WriteString("title", root.Title);
            writer.WriteString("description", JsonShape.EnglishReportTitle
                + ", as https://github.com/govdisclosure/GovDisclosure.Rules/blob/main/docs/format.md lays it out. Generated from GovDisclosure.Rules.Form.ReportForm by ReportSchema.Generate(): do not edit by hand.");
            writer.WriteString("type", "object");
            WriteObjectBody(writer, root);
            WriteDefinitions(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void WriteObjectBody(Utf8JsonWriter writer, JsonMember node)
    {
        writer.WriteStartObject("properties");
        foreach (var member in node.Members)
        {
            writer.WriteStartObject(member.EncodedName);
            WriteMember(writer, member);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("required");
        foreach (var member in node.Members)
        {
            if (member.Required)
            {
                writer.WriteStringValue(member.EncodedName);
            }
        }

        writer.WriteEndArray();
        writer.WriteBoolean("additionalProperties", false);
    }

    private static void WriteMember(Utf8JsonWriter writer, JsonMember member)
    {
        writer.WriteString("title", member.Title);
        writer.WriteString("description", member.EnglishLabel);
        switch (member.Kind)
        {
            case JsonMemberKind.Object when member.Row is { } row:
                writer.WriteString("$ref", "#/$defs/" + row.Shape.Name);
                break;
            case JsonMemberKind.Object:
                writer.WriteString("type", "object");
                WriteObjectBody(writer, member);
                break;
            case JsonMemberKind.FormatVersion:
                writer.WriteString("type", "string");
                writer.WriteString("const", AnnualReport.FormatVersion);
                break;
            case JsonMemberKind.Year:
                WriteInteger(writer, JsonShape.MaxYear);
                break;
            case JsonMemberKind.Count or JsonMemberKind.Amount:
                WriteCellType(writer, member.Cell!.Kind);
                break;
            case JsonMemberKind.Extensions:
                writer.WriteString("type", "object");
                break;
            default:
                writer.WriteString("type", "string");
                break;
        }
    }

    private static void WriteInteger(Utf8JsonWriter writer, long maximum)
    {
        writer.WriteString("type", "integer");
        writer.WriteNumber("minimum", 0);
        writer.WriteNumber("maximum", maximum);
    }

    /// <summary>One definition per kind of row, its columns titled as the form prints them.</summary>
    private static void WriteDefinitions(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("$defs");
        var written = new HashSet<RowShape>();
        foreach (var row in ReportForm.Rows)
        {
            if (!written.Add(row.Shape))
            {
                continue;
            }

            writer.WriteStartObject(row.Shape.Name);
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var column in row.Shape.Columns)
            {
                writer.WriteStartObject(column.JsonName);
                writer.WriteString("title", column.Group is null ? column.Label : column.Group + " · " + column.Label);
                writer.WriteString("description", column.EnglishLabel);
                WriteCellType(writer, row.Shape.Kind);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("required");
            foreach (var column in row.Shape.Columns)
            {
                writer.WriteStringValue(column.JsonName);
            }

            writer.WriteEndArray();
            writer.WriteBoolean("additionalProperties", false);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteCellType(Utf8JsonWriter writer, CellKind kind)
    {
        if (kind == CellKind.Count)
        {
            WriteInteger(writer, ReportForm.MaxCount);
        }
        else
        {
            writer.WriteString("type", "number");
            writer.WriteNumber("minimum", 0);
        }
    }
}
