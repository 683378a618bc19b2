using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using FsCheck;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>Consistent reports from the library's own generators, the same ones on every run (fixed random seeds).</summary>
public static class GeneratedReports
{
    private const int Size = 50;
    private const int Batch = 1_000;

    /// <summary>
    /// <paramref name="count"/> consistent reports of <paramref name="year"/>: batches of 1,000, batch b from the random
    /// seed <paramref name="seed"/> + b, generated on every core (100,000 reports take seconds, not a minute).
    /// </summary>
    public static AnnualReport[] Sample(int count, int year, ulong seed)
    {
        var generator = ReportGenerators.ConsistentReport(year, year);
        var reports = new AnnualReport[count];
        Parallel.For(0, (count + Batch - 1) / Batch, b =>
        {
            var start = b * Batch;
            var batch = FsCheck.Fluent.Gen.Sample(generator, numberOfSamples: Math.Min(Batch, count - start), seed: new Rnd(seed + (ulong)b), size: Size);
            Array.Copy(batch, 0, reports, start, batch.Length);
        });
        return reports;
    }
}
