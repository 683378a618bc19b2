using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The breakdown mode: where the time of Validate, Compare and Import goes, by a Stopwatch loop over each part alone
/// (each validation rule on its own, each prose section's similarity). The best of five rounds, so that a busy machine
/// inflates it less; for finding the hot spot, not for the results table.
/// </summary>
public static class Breakdown
{
    private const int Rounds = 5;
    private static readonly TimeSpan Round = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(300);

    /// <summary>Prints the breakdown; returns the exit code.</summary>
    public static int Run(TextWriter output)
    {
        foreach (var document in new[] { SampleDocuments.Seed, SampleDocuments.Large })
        {
            var report = SampleDocuments.Report(document);
            var all = new ReportValidator();
            output.WriteLine(Invariant($"Validate, {document} report: {Time(() => all.Validate(report)),12:N0} ns, every rule"));
            foreach (var rule in all.Rules)
            {
                var alone = new ReportValidator(new ValidationOptions { DisabledRules = all.Rules.Where(r => r != rule).Select(r => r.Descriptor.Id).ToArray() });
                output.WriteLine(Invariant($"  {rule.Descriptor.Id} {rule.GetType().Name,-28} {Time(() => alone.Validate(report)),12:N0} ns"));
            }
        }

        var seed = SampleDocuments.Report(SampleDocuments.Seed);
        var changed = CompareBenchmarks.NextYear(seed);
        output.WriteLine(Invariant($"Compare, seed against a changed copy: {Time(() => ReportComparer.Compare(seed, changed)),12:N0} ns"));
        foreach (var section in ProseSection.All)
        {
            var before = section.Text(seed);
            var after = section.Text(changed);
            output.WriteLine(Invariant($"  similarity {section.Pointer,-28} {before.Length,5} chars {Time(() => TextSimilarity.Of(before, after)),12:N0} ns"));
        }

        var text = SampleDocuments.SeedReportText;
        output.WriteLine(Invariant($"Import, seed text ({text.Length:N0} chars): {Time(() => PublishedText.Import(text)),12:N0} ns"));
        output.WriteLine(Invariant($"Export, seed report: {Time(() => PublishedText.Export(seed)),12:N0} ns"));
        return 0;
    }

    /// <summary>Nanoseconds per call of <paramref name="action"/>: the best of five rounds of 100 ms each, after 300 ms of warm-up.</summary>
    public static double Time(Action action)
    {
        // Long enough for tiered compilation to replace the first, unoptimised code.
        var warmUp = Stopwatch.StartNew();
        do
        {
            action();
        }
        while (warmUp.Elapsed < WarmUp);

        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var calls = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                action();
                calls++;
            }
            while (clock.Elapsed < Round);
            best = Math.Min(best, clock.Elapsed.TotalNanoseconds / calls);
        }

        return best;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
