using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Benchmarks.Plain;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>Checking a report already in memory: the library's validator (every built-in rule) against FluentValidation on plain classes (table B and C relations only).</summary>
public class ValidateBenchmarks
{
    private readonly ReportValidator validator = new();
    private readonly PlainReportValidator fluentValidator = new();
    private AnnualReport report = null!;
    private PlainReport plain = null!;

    [Params(SampleDocuments.Seed, SampleDocuments.Large)]
    public string Document { get; set; } = SampleDocuments.Seed;

    [GlobalSetup]
    public void Setup()
    {
        report = SampleDocuments.Report(Document);
        plain = JsonSerializer.Deserialize(SampleDocuments.Json(Document), PlainReportJsonContext.Default.PlainReport)!;

        // "Validate of a valid report": a report with no finding at all, so that nothing is there to allocate.
        var result = validator.Validate(report);
        LoadBenchmarks.Require(result.Findings.Count == 0, $"the {Document} report has findings: {result}");
        LoadBenchmarks.Require(FluentValidation(), "FluentValidation rejects the document");
    }

    [Benchmark(Baseline = true)]
    public ValidationResult Validate() => validator.Validate(report);

    [Benchmark]
    public bool FluentValidation() => fluentValidator.Validate(plain).IsValid;
}
