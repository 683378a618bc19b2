using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed against a changed copy: next year's report as agencies often write it, every prose section copied with the
/// year changed (so every section's similarity is computed, none short-cut as identical) and a few figures changed.
/// </summary>
public class CompareBenchmarks
{
    private AnnualReport seed = null!;
    private AnnualReport changed = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = SampleDocuments.Report(SampleDocuments.Seed);
        changed = NextYear(seed);
        var diff = ReportComparer.Compare(seed, changed);
        LoadBenchmarks.Require(diff.Cells.Count > 0, "the changed copy changes no cell");
    }

    [Benchmark]
    public ReportDiff Compare() => ReportComparer.Compare(seed, changed);

    internal static AnnualReport NextYear(AnnualReport report)
    {
        var last = report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var next = (report.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? Copy(string? prose) => prose?.Replace(last, next);

        var copy = Prose.Rewrite(report, Copy) with { Year = report.Year + 1 };

        // Two normative documents issued, none repealed: in force grows by two, as the year-over-year chain requires.
        copy = ReportForm.WithValue(copy, Cell("/proactiveDisclosure/normativeDocuments/issued"), 2);
        copy = ReportForm.WithValue(copy, Cell("/proactiveDisclosure/normativeDocuments/repealed"), 0);
        copy = ReportForm.WithValue(copy, Cell("/proactiveDisclosure/normativeDocuments/inForce"), Cell("/proactiveDisclosure/normativeDocuments/inForce").GetCount(report) + 2);
        return ReportForm.WithValue(copy, Cell("/proactiveDisclosure/licensing/decisions"), Cell("/proactiveDisclosure/licensing/decisions").GetCount(report) + 37);
    }

    private static FormCell Cell(string pointer) => ReportForm.FindCell(pointer)!;
}
