using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Benchmarks.Plain;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>Checking a report already in memory: the library's validator against FluentValidation on plain classes.</summary>
public class ValidateBenchmarks
{
    private readonly PlainReportValidator fluentValidator = new();
    private PlainReport plain = null!;

    [Params(SampleDocuments.Seed, SampleDocuments.Large)]
    public string Document { get; set; } = SampleDocuments.Seed;

    [GlobalSetup]
    public void Setup()
    {
        plain = JsonSerializer.Deserialize(SampleDocuments.Json(Document), PlainReportJsonContext.Default.PlainReport)!;
        LoadBenchmarks.Require(FluentValidation(), "FluentValidation rejects the document");
    }

    [Benchmark(Baseline = true)]
    public bool FluentValidation() => fluentValidator.Validate(plain).IsValid;
}
