using System.Linq;
using BenchmarkDotNet.Attributes;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// Auditing a generated jurisdiction of 1,000 agencies over 5 years (issue 19 asks for at most 10 s on 2 cores): every
/// report validated with last year's, copied prose and roll-ups checked, trends and spreads worked out.
/// </summary>
public class AuditBenchmarks
{
    private Jurisdiction jurisdiction = null!;

    [Params(1_000)]
    public int Agencies { get; set; } = 1_000;

    [Params(5)]
    public int Years { get; set; } = 5;

    [GlobalSetup]
    public void Setup()
    {
        jurisdiction = ReportGenerators.Jurisdiction(Agencies, Years).Sample(1, new Rnd(2019UL), 30)[0];
        var result = Audit();
        LoadBenchmarks.Require(result.Reports.Count(r => r.Findings.Any(f => f.RuleId == "GD507")) == jurisdiction.CopiedTables.Count,
            "the audit does not find the copied tables planted");
    }

    [Benchmark]
    public AuditResult Audit() => ReportAudit.Run(jurisdiction.Reports, new AuditOptions { Renames = jurisdiction.Renames });
}
