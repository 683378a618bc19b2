using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Baselines;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Benchmarks.Plain;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;
using Json.Schema;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// From UTF-8 bytes to a checked report: the library against the alternatives on the same bytes. The ratio column is
/// against the floor, Utf8JsonReader reading every token and nothing else.
/// </summary>
public class LoadBenchmarks
{
    private static readonly EvaluationOptions FlagOutput = new() { OutputFormat = OutputFormat.Flag };
    private readonly ReportValidator validator = new();
    private readonly PlainReportValidator fluentValidator = new();
    private byte[] json = [];
    private JsonDocument? parsed;
    private JsonSchema schema = null!;

    [Params(SampleDocuments.Seed, SampleDocuments.Large)]
    public string Document { get; set; } = SampleDocuments.Seed;

    [GlobalSetup]
    public void Setup()
    {
        json = SampleDocuments.Json(Document);
        parsed = JsonDocument.Parse(json);
        schema = SchemaBaseline.Build();

        // Every path measured here is the success path: a reader or validator that failed on the document would measure its error handling.
        Require(LoadThenValidate(), "the library does not load the document, or finds an error in it");
        Require(JsonSerializerThenFluentValidation(), "FluentValidation rejects the document");
        Require(JsonSchemaNetEvaluate(), "JsonSchema.Net rejects the document");
    }

    [GlobalCleanup]
    public void Cleanup() => parsed?.Dispose();

    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderFloor()
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public AnnualReport? Load() => ReportJson.Read(json).Report;

    [Benchmark]
    public bool LoadThenValidate()
    {
        var loaded = ReportJson.Read(json);
        return loaded.Report is { } report && validator.Validate(report).Valid;
    }

    [Benchmark]
    public PlainReport? JsonSerializerSourceGenerated() => JsonSerializer.Deserialize(json, PlainReportJsonContext.Default.PlainReport);

    [Benchmark]
    public bool JsonSerializerThenFluentValidation()
    {
        var report = JsonSerializer.Deserialize(json, PlainReportJsonContext.Default.PlainReport)!;
        return fluentValidator.Validate(report).IsValid;
    }

    /// <summary>Evaluation alone, on a document parsed beforehand: the schema engine's own cost.</summary>
    [Benchmark]
    public bool JsonSchemaNetEvaluate() => schema.Evaluate(parsed!.RootElement, FlagOutput).IsValid;

    internal static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup: " + what + ".");
        }
    }
}
