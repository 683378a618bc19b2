using BenchmarkDotNet.Attributes;
using FsCheck.Fluent;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>Rolling many generated consistent reports of one year up into one (issue 11: 100,000 well under a second).</summary>
public class AggregateBenchmarks
{
    private AnnualReport[] reports = [];

    [Params(100_000)]
    public int Count { get; set; } = 100_000;

    [GlobalSetup]
    public void Setup()
    {
        reports = ReportGenerators.ConsistentReport(2022, 2022).Sample(Count);
        if (!ReportAggregator.Aggregate(reports, "汇总").Succeeded)
        {
            throw new System.InvalidOperationException("the generated reports do not roll up");
        }
    }

    [Benchmark]
    public AnnualReport? Aggregate() => ReportAggregator.Aggregate(reports, "汇总").Report;
}
