using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// Each built-in rule alone on a report whose overview lead paragraphs are a 1 MB prose member (1,048,576 characters):
/// the seed's overview repeated, and 收到 repeated (the worst case, which once took 92 s). Last year's report is
/// given, with the same prose, so that GD501–GD506 run too; one application is carried forward and one review held, so
/// that GD402 and GD403 read the prose rather than stop at the tables.
/// </summary>
public class RuleBenchmarks
{
    private const int Characters = 1 << 20;

    private ReportValidator validator = null!;
    private AnnualReport report = null!;
    private AnnualReport previous = null!;

    /// <summary>The rule measured.</summary>
    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = "GD401";

    /// <summary>The text repeated to 1 MB: the seed's overview, or one verb.</summary>
    [Params("seed", "收到")]
    public string Prose { get; set; } = "seed";

    public static string[] RuleIds => new ReportValidator().Rules.Select(r => r.Descriptor.Id).ToArray();

    [GlobalSetup]
    public void Setup()
    {
        var seed = SampleDocuments.Report(SampleDocuments.Seed);
        var unit = Prose == "seed" ? seed.Overview.Summary + seed.Overview.RequestedDisclosure : Prose;
        var text = new StringBuilder(Characters + unit.Length);
        while (text.Length < Characters)
        {
            text.Append(unit);
        }

        text.Length = Characters;
        // Something carried forward and one review, so that GD402 and GD403 read the prose instead of stopping at the tables.
        var withCases = ReportForm.WithValue(ReportForm.WithValue(seed, ReportForm.CarriedForward.Cells[^1], 1), ReportForm.ReviewsAndLitigationTable.Rows[0].Cells[^1], 1);
        report = withCases with { Overview = seed.Overview with { Summary = text.ToString() } };
        previous = seed with { Year = seed.Year - 1, Overview = seed.Overview with { Summary = text.ToString(1, Characters - 1) } };
        validator = new ReportValidator(new ValidationOptions { DisabledRules = RuleIds.Where(id => id != Rule).ToArray() });
    }

    [Benchmark]
    public int Validate() => validator.Validate(report, previous).Findings.Count;
}
