using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Benchmarks.Plain;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The throughput mode: N generated reports written to files in a temporary folder (not timed), then every file read
/// and loaded and validated on two threads, as a portal back end checking a folder of uploads would.
/// </summary>
public static class Throughput
{
    /// <summary>How many documents when the command line names no number.</summary>
    public const int DefaultCount = 100_000;

    private const int Threads = 2;
    private const int PerFolder = 1_000;
    private const int WarmUpFiles = 500;

    /// <summary>Generates <paramref name="count"/> documents, measures, deletes them; returns the exit code.</summary>
    public static int Run(int count, TextWriter output)
    {
        if (count < 1)
        {
            output.WriteLine("--throughput N: N must be at least 1.");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("govdisclosure-throughput-");
        try
        {
            var clock = Stopwatch.StartNew();
            var files = Generate(folder.FullName, count);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            output.WriteLine(Invariant($"generated {count:N0} reports, {bytes / 1048576.0:F1} MiB of JSON, in {clock.Elapsed.TotalSeconds:F1} s (not timed)"));
            output.WriteLine(Invariant($"{Environment.ProcessorCount} logical cores; {RuntimeInformationLine()}"));

            var validator = new ReportValidator();
            var library = Measure(files, json => ReportJson.Read(json).Report is { } report && validator.Validate(report).Valid);
            output.WriteLine(Line("GovDisclosure.Rules: ReportJson.Read + ReportValidator.Validate", files.Length, library));

            var fluent = new PlainReportValidator();
            var baseline = Measure(files, json => fluent.Validate(JsonSerializer.Deserialize(json, PlainReportJsonContext.Default.PlainReport)!).IsValid);
            output.WriteLine(Line("baseline: JsonSerializer (source-generated) + FluentValidation", files.Length, baseline));
            return library.Rejected == 0 && baseline.Rejected == 0 ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string[] Generate(string folder, int count)
    {
        var reports = GeneratedReports.Sample(count, 2023, 1UL);
        var files = new string[count];
        for (var start = 0; start < count; start += PerFolder)
        {
            Directory.CreateDirectory(Path.Combine(folder, (start / PerFolder).ToString("D4", CultureInfo.InvariantCulture)));
        }

        Parallel.For(0, count, i =>
        {
            files[i] = Path.Combine(folder, (i / PerFolder).ToString("D4", CultureInfo.InvariantCulture), i.ToString("D6", CultureInfo.InvariantCulture) + ".json");
            File.WriteAllBytes(files[i], ReportJson.WriteUtf8(reports[i]));
        });
        return files;
    }

    private static Outcome Measure(string[] files, Func<byte[], bool> loadAndValidate)
    {
        // Untimed warm-up, so that the timing below is of tiered, optimised code.
        foreach (var file in files.Take(WarmUpFiles))
        {
            loadAndValidate(File.ReadAllBytes(file));
        }

        var rejected = 0;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Threads }, file =>
        {
            if (!loadAndValidate(File.ReadAllBytes(file)))
            {
                Interlocked.Increment(ref rejected);
            }
        });
        return new Outcome(clock.Elapsed, rejected);
    }

    private static string Line(string what, int files, Outcome outcome) => Invariant(
        $"{what}: {files / outcome.Elapsed.TotalSeconds:N0} reports/s ({files:N0} files in {outcome.Elapsed.TotalSeconds:F2} s on {Threads} threads; {outcome.Rejected} rejected)");

    private static string RuntimeInformationLine() =>
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", " + System.Runtime.InteropServices.RuntimeInformation.OSDescription;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Outcome(TimeSpan Elapsed, int Rejected);
}
