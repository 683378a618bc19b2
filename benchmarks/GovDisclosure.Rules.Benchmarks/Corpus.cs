using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The corpus mode, for benchmarks/cli/run.sh: N generated reports written as .json files into a folder, a third of them
/// consistent and two thirds each breaking one rule (the breakable rules in turn), so that a validation run writes
/// findings for most files as a real folder of submissions would. Deterministic: batch b comes from seed + b.
/// </summary>
public static class Corpus
{
    private const int Batch = 1_000;
    private const int Size = 50;

    /// <summary>Writes <paramref name="count"/> reports into <paramref name="folder"/> as 000000.json, 000001.json, …; returns the exit code.</summary>
    public static int Run(int count, string folder, ulong seed, TextWriter output)
    {
        if (count < 1)
        {
            output.WriteLine("--corpus N FOLDER: N must be at least 1.");
            return 2;
        }

        Directory.CreateDirectory(folder);
        var consistent = ReportGenerators.ConsistentReport(2023, 2023);
        var broken = ReportGenerators.BreakableRules.Select(ReportGenerators.BrokenReport).ToArray();

        // One batch at a time in memory: 100,000 reports never are.
        Parallel.For(0, (count + Batch - 1) / Batch, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, b =>
        {
            var start = b * Batch;
            var n = Math.Min(Batch, count - start);
            var good = FsCheck.Fluent.Gen.Sample(consistent, numberOfSamples: n, seed: new Rnd(seed + (ulong)b), size: Size);
            var bad = broken.Select((gen, r) => FsCheck.Fluent.Gen.Sample(gen, numberOfSamples: n, seed: new Rnd(seed + (ulong)b * 1_000 + (ulong)r + 1), size: Size)).ToArray();
            for (var i = 0; i < n; i++)
            {
                var index = start + i;
                // Every third file is consistent; the others break the rules in turn.
                var report = index % 3 == 0 ? good[i] : bad[index % broken.Length][i];
                File.WriteAllBytes(Path.Combine(folder, index.ToString("D6", CultureInfo.InvariantCulture) + ".json"), ReportJson.WriteUtf8(report));
            }
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} reports to {folder}"));
        return 0;
    }
}
