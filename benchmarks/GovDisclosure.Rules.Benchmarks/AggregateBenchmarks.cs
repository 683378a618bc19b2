using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Benchmarks.Documents;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// Rolling generated reports of one year up into one: 1,000 (issue 8), and 100,000 (issue 11 asks for well under a
/// second).
/// </summary>
public class AggregateBenchmarks
{
    private AnnualReport[] reports = [];

    [Params(1_000, 100_000)]
    public int Reports { get; set; } = 1_000;

    [GlobalSetup]
    public void Setup()
    {
        reports = GeneratedReports.Sample(Reports, 2023, 2023UL);
        LoadBenchmarks.Require(Aggregate().Succeeded, "the generated reports do not aggregate");
    }

    [Benchmark]
    public AggregationResult Aggregate() => ReportAggregator.Aggregate(reports, "哈尔滨市");
}
