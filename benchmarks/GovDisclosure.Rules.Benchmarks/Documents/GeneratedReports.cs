using System.Collections.Generic;
using FsCheck;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>Consistent reports from the library's own generators, the same ones on every run (a fixed seed).</summary>
public static class GeneratedReports
{
    private const int Size = 50;

    /// <summary><paramref name="count"/> consistent reports of <paramref name="year"/>, from the random seed <paramref name="seed"/>.</summary>
    public static IReadOnlyList<AnnualReport> Sample(int count, int year, ulong seed) =>
        FsCheck.Fluent.Gen.Sample(ReportGenerators.ConsistentReport(year, year), Size, new Rnd(seed), count);
}
