using System.IO;
using GovDisclosure.Rules.Benchmarks.Documents;
using Json.Schema;

namespace GovDisclosure.Rules.Benchmarks.Baselines;

/// <summary>The report's JSON Schema, built once for JsonSchema.Net.</summary>
public static class ReportSchema
{
    /// <summary>Builds the schema in a registry of its own, so that building it again (one benchmark class after another) cannot clash on its $id.</summary>
    public static JsonSchema Build()
    {
        var path = File.Exists(SampleDocuments.ReportSchemaPath)
            ? SampleDocuments.ReportSchemaPath
            : Path.Combine(System.AppContext.BaseDirectory, "Baselines", "provisional-report.schema.json");
        return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
