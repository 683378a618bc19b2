using System;
using System.IO;
using Json.Schema;

namespace GovDisclosure.Rules.Benchmarks.Baselines;

/// <summary>The report's JSON Schema, schema/gov-disclosure-report-2021.schema.json, built once for JsonSchema.Net.</summary>
public static class SchemaBaseline
{
    /// <summary>
    /// Builds the schema file the build copies beside the program, in a registry of its own, so that building it again
    /// (one benchmark class after another) cannot clash on its $id.
    /// </summary>
    public static JsonSchema Build() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "gov-disclosure-report-2021.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
