using System.IO;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 比对结果的 JSON 形式（schema/report-diff.schema.json）：previousYear、currentYear、cells、sections、findings。中文不转义；不用反射，可 AOT。
/// The JSON form of a comparison (schema/report-diff.schema.json): previousYear, currentYear, cells, sections, findings.
/// Chinese is written unescaped; no reflection, so it is AOT-safe.
/// </summary>
public static class ReportDiffJson
{
    /// <summary>
    /// 把比对结果写成一个 JSON 对象。Writes a comparison as one JSON object.
    /// </summary>
    /// <param name="writer">写入器。The writer.</param>
    /// <param name="diff">比对结果。The comparison.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ReportDiff diff)
    {
        Guard.Against.Null(writer);
        Guard.Against.Null(diff);
        writer.WriteStartObject();
        writer.WriteNumber("previousYear", diff.PreviousYear);
        writer.WriteNumber("currentYear", diff.CurrentYear);

        writer.WriteStartArray("cells");
        foreach (var change in diff.Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("path", change.Pointer);
            writer.WriteString("label", change.Label);
            writer.WriteNumber("previous", change.Previous);
            writer.WriteNumber("current", change.Current);
            writer.WriteNumber("delta", change.Delta);
            if (change.RelativeChange is { } relative)
            {
                writer.WriteNumber("relativeChange", relative);
            }
            else
            {
                writer.WriteNull("relativeChange");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sections");
        foreach (var section in diff.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("path", section.Pointer);
            writer.WriteNumber("similarity", section.Similarity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        FindingJson.WriteArray(writer, diff.Findings);
        writer.WriteEndObject();
    }

    /// <summary>
    /// 把比对结果写入流（UTF-8）。Writes a comparison to a stream, in UTF-8.
    /// </summary>
    /// <param name="stream">流。The stream.</param>
    /// <param name="diff">比对结果。The comparison.</param>
    /// <param name="indented">是否缩进。Whether to indent.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static void Write(Stream stream, ReportDiff diff, bool indented = true)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(diff);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonText.Encoder, Indented = indented });
        Write(writer, diff);
    }

    /// <summary>
    /// 比对结果的 JSON 文本。The comparison as JSON text.
    /// </summary>
    /// <param name="diff">比对结果。The comparison.</param>
    /// <param name="indented">是否缩进。Whether to indent.</param>
    /// <returns>JSON 文本。The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="diff"/> 为 null。</exception>
    public static string ToJson(ReportDiff diff, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(stream, diff, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
