using GovDisclosure.Rules.Json;
using Json.Schema;

namespace GovDisclosure.Rules.Benchmarks.Baselines;

/// <summary>The report's JSON Schema, built once for JsonSchema.Net.</summary>
public static class SchemaBaseline
{
    /// <summary>
    /// Builds the schema the library generates from the form definition: the text of
    /// schema/gov-disclosure-report-2021.schema.json (a test keeps the two equal). It is built in a registry of its own,
    /// so that building it again (one benchmark class after another) cannot clash on its $id.
    /// </summary>
    public static JsonSchema Build() =>
        JsonSchema.FromText(ReportSchema.Generate(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
