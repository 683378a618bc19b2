using System.Text.Json;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// Writes an aggregation as <c>{"succeeded", "reportCount", "report", "findings"}</c>: the roll-up report in the report
/// schema's canonical form (or null when an error stopped it) and the findings as the validation result writes them.
/// </summary>
internal static class AggregationResultJson
{
    internal static void Write(Utf8JsonWriter writer, AggregationResult result)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("succeeded", result.Succeeded);
        writer.WriteNumber("reportCount", result.ReportCount);
        writer.WritePropertyName("report");
        if (result.Report is { } report)
        {
            ReportJsonWriter.Write(writer, report, JsonWriteOptions.Default);
        }
        else
        {
            writer.WriteNullValue();
        }

        FindingJson.WriteArray(writer, result.Findings);
        writer.WriteEndObject();
    }
}
