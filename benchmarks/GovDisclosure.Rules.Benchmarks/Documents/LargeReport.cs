using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>
/// The large report: of a fixed sample of generated reports, the one with the largest figures, every prose member then
/// repeated as paragraphs (repeating a consistent text keeps it consistent with the tables).
/// </summary>
public static class LargeReport
{
    private const int Candidates = 200;
    private const int ProseRepeats = 12;

    /// <summary>Builds the large report; the same one on every run.</summary>
    public static AnnualReport Build()
    {
        var busiest = GeneratedReports.Sample(Candidates, 2022, 20220101UL).MaxBy(SumOfCounts)!;
        return Prose.Rewrite(busiest, Repeat);
    }

    private static long SumOfCounts(AnnualReport report) =>
        ReportForm.Cells.Where(c => c.Kind == CellKind.Count).Sum(c => c.GetCount(report));

    private static string? Repeat(string? prose) =>
        string.IsNullOrEmpty(prose) ? prose : string.Join("\n", Enumerable.Repeat(prose, ProseRepeats));
}
