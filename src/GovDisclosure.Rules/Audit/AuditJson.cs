using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 把审计结果写成 JSON（schema/audit.schema.json，见 <see cref="ReportSchemas.Audit"/>）：摘要、各规则统计、每份报告的全部单元格与发现、
/// 逐年趋势和分布。
/// Writes an audit as JSON (schema/audit.schema.json, see <see cref="ReportSchemas.Audit"/>): the summary, each rule's
/// tally, every report's cells and findings, the trends and the spreads.
/// </summary>
public static class AuditJson
{
    /// <summary>
    /// 写成 JSON 文本（中文不转义）。Writes the audit as JSON text (Chinese left unescaped).
    /// </summary>
    /// <param name="result">审计结果。The audit.</param>
    /// <param name="sources">各报告的来源（如文件名），按 <see cref="AuditedReport.Index"/>；null 为不写。Each report's source (such as its file), by index; null for none.</param>
    /// <param name="indented">是否缩进。Whether to indent.</param>
    /// <returns>JSON 文本。The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 为 null。<paramref name="result"/> is null.</exception>
    public static string Write(AuditResult result, IReadOnlyList<string>? sources = null, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Write(result, buffer, sources, indented);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// 把 JSON 写入流（UTF-8）。Writes the JSON to a stream, in UTF-8.
    /// </summary>
    /// <param name="result">审计结果。The audit.</param>
    /// <param name="stream">流。The stream.</param>
    /// <param name="sources">各报告的来源，按序号；null 为不写。Each report's source, by index; null for none.</param>
    /// <param name="indented">是否缩进。Whether to indent.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static void Write(AuditResult result, Stream stream, IReadOnlyList<string>? sources = null, bool indented = true)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JsonText.Encoder, Indented = indented });
        writer.WriteStartObject();
        writer.WriteString("language", MessageCatalog.For(result.Language)["Language.Code"]);
        WriteSummary(writer, result);
        WriteRules(writer, result);

        writer.WriteStartArray("cells");
        foreach (var cell in ReportForm.Cells)
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", cell.Pointer);
            writer.WriteString("label", cell.Label);
            writer.WriteString("englishLabel", cell.EnglishLabel);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("keyFigures");
        foreach (var figure in KeyFigure.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", figure.Id);
            writer.WriteString("label", figure.Label);
            writer.WriteString("englishLabel", figure.EnglishLabel);
            writer.WriteStartArray("cells");
            foreach (var cell in figure.Cells)
            {
                writer.WriteStringValue(cell.Pointer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteReports(writer, result, sources);
        WriteTrends(writer, result);
        WriteDistributions(writer, result);
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("reports", result.Reports.Count);
        writer.WriteNumber("passed", result.Passed);
        writer.WriteNumber("warnings", result.Reports.Count(r => r.Status == AuditStatus.Warnings));
        writer.WriteNumber("failed", result.Failed);
        writer.WriteNumber("agencies", result.Reports.Select(r => r.AgencyKey).Distinct().Count());
        writer.WriteStartArray("years");
        foreach (var year in result.Years)
        {
            writer.WriteNumberValue(year);
        }

        writer.WriteEndArray();
        writer.WriteNumber("proseComparisons", result.ProseComparisons);
        writer.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartArray("rules");
        foreach (var tally in result.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", tally.RuleId);
            writer.WriteString("severity", FindingJson.SeverityName(tally.Severity));
            writer.WriteString("title", tally.Title);
            writer.WriteNumber("findings", tally.Findings);
            writer.WriteNumber("reports", tally.Reports);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteReports(Utf8JsonWriter writer, AuditResult result, IReadOnlyList<string>? sources)
    {
        var counts = new long[ReportForm.Cells.Count];
        writer.WriteStartArray("reports");
        foreach (var report in result.Reports)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", report.Index);
            if (sources is not null && report.Index < sources.Count)
            {
                writer.WriteString("source", sources[report.Index]);
            }

            writer.WriteString("agency", report.Agency);
            writer.WriteString("agencyKey", report.AgencyKey);
            writer.WriteNumber("year", report.Year);
            if (report.PreviousIndex is { } previous)
            {
                writer.WriteNumber("previousIndex", previous);
            }
            else
            {
                writer.WriteNull("previousIndex");
            }

            writer.WriteString("status", AuditWords.StatusName(report.Status));
            writer.WriteStartArray("cells");
            ReportForm.ReadCounts(report.Report, counts);
            foreach (var cell in ReportForm.Cells)
            {
                if (cell.Kind == CellKind.Count)
                {
                    writer.WriteNumberValue(counts[cell.Index]);
                }
                else
                {
                    writer.WriteNumberValue(cell.Value(report.Report));
                }
            }

            writer.WriteEndArray();
            FindingJson.WriteArray(writer, report.Findings);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTrends(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartArray("trends");
        foreach (var trend in result.Trends)
        {
            writer.WriteStartObject();
            writer.WriteNumber("year", trend.Year);
            writer.WriteNumber("reports", trend.Reports);
            writer.WriteStartObject("totals");
            for (var f = 0; f < KeyFigure.All.Count; f++)
            {
                writer.WriteNumber(KeyFigure.All[f].Id, trend.Totals[f]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDistributions(Utf8JsonWriter writer, AuditResult result)
    {
        writer.WriteStartArray("distributions");
        foreach (var distribution in result.Distributions)
        {
            writer.WriteStartObject();
            writer.WriteString("figure", distribution.Figure.Id);
            writer.WriteNumber("year", distribution.Year);
            writer.WriteNumber("count", distribution.Count);
            writer.WriteNumber("minimum", distribution.Minimum);
            writer.WriteNumber("p25", distribution.P25);
            writer.WriteNumber("p50", distribution.P50);
            writer.WriteNumber("p75", distribution.P75);
            writer.WriteNumber("maximum", distribution.Maximum);
            writer.WriteStartArray("outliers");
            foreach (var index in distribution.Outliers)
            {
                writer.WriteNumberValue(index);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
