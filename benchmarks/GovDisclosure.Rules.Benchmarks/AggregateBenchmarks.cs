using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Benchmarks.Documents;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>Rolling up 1,000 generated reports of one year into one.</summary>
public class AggregateBenchmarks
{
    private const int Reports = 1_000;
    private IReadOnlyList<AnnualReport> reports = [];

    [GlobalSetup]
    public void Setup()
    {
        reports = GeneratedReports.Sample(Reports, 2023, 2023UL);
        LoadBenchmarks.Require(Aggregate().Succeeded, "the generated reports do not aggregate");
    }

    [Benchmark]
    public AggregationResult Aggregate() => ReportAggregator.Aggregate(reports, "哈尔滨市");
}
