using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>Laws of the comparison that hold for every report (consistent reports and consecutive pairs of the Testing package).</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ReportComparerProperties
{
    private static readonly ReportValidator Validator = new();

    [Property]
    public void A_report_compared_with_itself_has_no_changed_cell_and_every_section_is_identical(AnnualReport report)
    {
        var diff = ReportComparer.Compare(report, report);

        Assert.Empty(diff.Cells);
        Assert.All(diff.Sections, s => Assert.Equal(1.0, s.Similarity));
        Assert.Equal(ProseSection.All.Count, diff.Sections.Count);
    }

    [Property]
    public void Comparing_the_other_way_round_negates_every_delta(AnnualReport a, AnnualReport b)
    {
        var forward = ReportComparer.Compare(a, b).Cells;
        var backward = ReportComparer.Compare(b, a).Cells;

        Assert.Equal(forward.Select(c => c.Pointer), backward.Select(c => c.Pointer));
        Assert.Equal(forward.Select(c => -c.Delta), backward.Select(c => c.Delta));
        Assert.Equal(forward.Select(c => (c.Previous, c.Current)), backward.Select(c => (c.Current, c.Previous)));
    }

    [Property]
    public void Applying_the_deltas_to_the_previous_report_gives_the_current_figures(AnnualReport a, AnnualReport b)
    {
        var applied = a;
        foreach (var change in ReportComparer.Compare(a, b).Cells)
        {
            applied = ReportForm.WithValue(applied, change.Cell, change.Cell.GetValue(applied) + change.Delta);
        }

        Assert.All(ReportForm.Cells, c => Assert.Equal(c.GetValue(b), c.GetValue(applied)));
    }

    [Property]
    public void Similarities_are_between_0_and_1_and_symmetric(AnnualReport a, AnnualReport b)
    {
        var forward = ReportComparer.Compare(a, b).Sections;
        var backward = ReportComparer.Compare(b, a).Sections;

        Assert.All(forward, s => Assert.InRange(s.Similarity, 0, 1));
        Assert.Equal(forward.Select(s => s.Similarity), backward.Select(s => s.Similarity));
    }

    [Property]
    public void A_consistent_pair_chains_carry_over_and_documents_in_force(ConsecutiveReports pair)
    {
        var findings = ReportComparer.Compare(pair.Previous, pair.Current).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "GD501" or "GD502" or "GD503" or "GD504");
        Assert.All(ReportForm.YearOverYearRelations, r => Assert.True(r.Holds(pair.Previous, pair.Current), r.ToString()));
    }

    [Property]
    public void The_validator_given_last_years_report_reports_the_comparers_GD5xx_findings(AnnualReport previous, AnnualReport current)
    {
        var compared = ReportComparer.Compare(previous, current).Findings;
        var validated = Validator.Validate(current, previous).Findings.Where(f => f.RuleId.StartsWith("GD5", System.StringComparison.Ordinal));

        Assert.Equal(compared, validated);
    }
}
