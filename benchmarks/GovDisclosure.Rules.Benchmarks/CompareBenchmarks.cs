using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed against a changed copy: next year's report as agencies often write it, every prose section copied with the
/// year changed (so every section's similarity is computed, none short-cut as identical) and a few figures changed; and
/// the seed against a rewritten copy, the worst case of the similarity: the same figures changed, but the prose of
/// every member rewritten rather than copied.
/// </summary>
public class CompareBenchmarks
{
    private AnnualReport seed = null!;
    private AnnualReport changed = null!;
    private AnnualReport rewritten = null!;

    [GlobalSetup]
    public void Setup()
    {
        seed = SampleDocuments.Report(SampleDocuments.Seed);
        changed = NextYear(seed);
        var diff = ReportComparer.Compare(seed, changed);
        LoadBenchmarks.Require(diff.Cells.Count > 0, "the changed copy changes no cell");
        rewritten = Prose.Rewrite(changed, Rewrite);
        var sections = ReportComparer.Compare(seed, rewritten).Sections;
        LoadBenchmarks.Require(sections.All(s => s.Similarity < 1), "the rewritten copy leaves a section as it was");
    }

    [Benchmark]
    public ReportDiff Compare() => ReportComparer.Compare(seed, changed);

    [Benchmark]
    public ReportDiff CompareRewritten() => ReportComparer.Compare(seed, rewritten);

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

    /// <summary>
    /// Prose rewritten rather than copied, keeping most of its words: the sentences in reverse order, the clauses of each
    /// in reverse order, every third sentence dropped and a new one added, so no long stretch of text is as it was.
    /// </summary>
    internal static string? Rewrite(string? prose)
    {
        if (string.IsNullOrEmpty(prose))
        {
            return prose;
        }

        var sentences = prose.Split('。', StringSplitOptions.RemoveEmptyEntries)
            .Where((_, i) => i % 3 != 2)
            .Reverse()
            .Select(sentence => string.Join("，", sentence.Split('，').Reverse()));
        return string.Join("。", sentences) + "。今年还将进一步规范政府信息公开工作，回应社会关切。";
    }

    private static FormCell Cell(string pointer) => ReportForm.FindCell(pointer)!;
}
