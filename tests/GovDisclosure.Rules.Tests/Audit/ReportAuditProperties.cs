using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Audit;

/// <summary>
/// On generated jurisdictions each suspicious pattern is found exactly where it was planted and nowhere else, and every
/// report is matched to its agency's report of the year before (through stray white space and renames).
/// </summary>
[Properties(Arbitrary = new[] { typeof(Jurisdictions) }, MaxTest = 25)]
public class ReportAuditProperties
{
    private static AuditResult Audit(Jurisdiction jurisdiction) =>
        ReportAudit.Run(jurisdiction.Reports, new AuditOptions { Renames = jurisdiction.Renames });

    [Property]
    public void GD507_is_found_exactly_on_the_reports_whose_tables_were_copied_forward(Jurisdiction jurisdiction)
    {
        var found = Audit(jurisdiction).Reports.Where(r => r.Findings.Any(f => f.RuleId == "GD507")).Select(r => r.Index);

        Assert.Equal(jurisdiction.CopiedTables.OrderBy(i => i), found.OrderBy(i => i));
    }

    [Property]
    public void GDA004_is_found_exactly_on_both_sides_of_each_planted_copy_of_a_section(Jurisdiction jurisdiction)
    {
        var result = Audit(jurisdiction);
        var found = result.Reports.SelectMany(r => r.Findings.Where(f => f.RuleId == "GDA004").Select(f => (r.Index, f.Path, f.Message)))
            .ToArray();
        var planted = jurisdiction.CopiedProse
            .SelectMany(c => new[] { (Report: c.Copy, c.Section, Other: c.Original), (Report: c.Original, c.Section, Other: c.Copy) })
            .ToArray();

        Assert.Equal(planted.Select(p => (p.Report, p.Section)).OrderBy(p => p), found.Select(f => (f.Index, f.Path)).OrderBy(p => p));
        Assert.All(planted, p => Assert.Contains(found, f => f.Index == p.Report && f.Path == p.Section
            && f.Message.Contains(jurisdiction.Reports[p.Other].Agency.Name, StringComparison.Ordinal)));
    }

    [Property]
    public void GDA005_is_found_exactly_at_each_planted_cell_of_a_roll_up(Jurisdiction jurisdiction)
    {
        var found = Audit(jurisdiction).Reports.SelectMany(r => r.Findings.Where(f => f.RuleId == "GDA005").Select(f => (r.Index, f.Path)));

        Assert.Equal(jurisdiction.RollUpErrors.Select(e => (e.RollUp, e.Cell)).OrderBy(p => p), found.OrderBy(p => p));
    }

    [Property]
    public void Every_report_is_matched_to_its_agencys_report_of_the_year_before(Jurisdiction jurisdiction)
    {
        var result = Audit(jurisdiction);

        Assert.Equal(jurisdiction.PreviousOf, result.Reports.Select(r => r.PreviousIndex));
    }

    [Property]
    public void Statistics_leave_roll_ups_out_and_order_the_quartiles(Jurisdiction jurisdiction)
    {
        var result = Audit(jurisdiction);
        var rollUps = jurisdiction.RollUps.ToHashSet();

        Assert.All(result.Trends, t => Assert.Equal(result.Reports.Count(r => r.Year == t.Year && !rollUps.Contains(r.Index)), t.Reports));
        Assert.All(result.Trends, t => Assert.Equal(
            KeyFigure.All.Select(k => result.Reports.Where(r => r.Year == t.Year && !rollUps.Contains(r.Index)).Sum(r => k.ValueOf(r.Report))),
            t.Totals));
        Assert.All(result.Distributions, d =>
        {
            Assert.True(d.Minimum <= d.P25 && d.P25 <= d.P50 && d.P50 <= d.P75 && d.P75 <= d.Maximum);
            Assert.DoesNotContain(d.Outliers, rollUps.Contains);
        });
    }

    /// <summary>Jurisdictions of 2 to 24 agencies over 1 to 4 years.</summary>
    public static class Jurisdictions
    {
        public static Arbitrary<Jurisdiction> Any() => Arb.From(
            from agencies in Gen.Choose(2, 24)
            from years in Gen.Choose(1, 4)
            from jurisdiction in ReportGenerators.Jurisdiction(agencies, years)
            select jurisdiction);
    }
}
