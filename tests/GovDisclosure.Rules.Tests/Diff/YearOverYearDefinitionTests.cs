using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class YearOverYearDefinitionTests
{
    [Fact]
    public void Relations_between_years_are_those_of_FORMAT_section_6()
    {
        var carried = ReportForm.YearOverYearRelations.Where(r => r.RuleId == "GD503").ToList();
        Assert.Equal(7, carried.Count);
        Assert.All(carried, r =>
        {
            Assert.Equal(ReportForm.CarriedOver, r.Current.Row);
            Assert.Equal(ReportForm.CarriedForward, r.FromPrevious.Row);
            Assert.Equal(r.Current.Column, r.FromPrevious.Column);
            Assert.Empty(r.Added);
            Assert.Empty(r.Subtracted);
        });

        var inForce = ReportForm.YearOverYearRelations.Where(r => r.RuleId == "GD504").ToList();
        Assert.Equal(["/proactiveDisclosure/regulations/inForce", "/proactiveDisclosure/normativeDocuments/inForce"], inForce.Select(r => r.Current.Pointer));
        Assert.All(inForce, r =>
        {
            Assert.Equal(r.Current, r.FromPrevious);
            Assert.Equal("issued", Assert.Single(r.Added).Column.JsonName);
            Assert.Equal("repealed", Assert.Single(r.Subtracted).Column.JsonName);
        });
    }

    [Fact]
    public void Relations_hold_between_the_constructed_2021_report_and_the_seed()
    {
        Assert.All(ReportForm.YearOverYearRelations, r => Assert.True(r.Holds(DiffFixtures.Previous, DiffFixtures.Seed), r.ToString()));
        var inForce = ReportForm.YearOverYearRelations.Single(r => r.Current.Pointer == "/proactiveDisclosure/normativeDocuments/inForce");
        Assert.Equal(17 + 4 - 3, inForce.Expected(DiffFixtures.Previous, DiffFixtures.Seed));
    }

    [Fact]
    public void Prose_sections_are_every_prose_member_and_each_numbered_section_whole()
    {
        Assert.Equal(
        [
            "/preamble", "/overview", "/overview/summary", "/overview/proactiveDisclosure", "/overview/requestedDisclosure",
            "/overview/informationManagement", "/overview/platformBuilding", "/overview/oversight", "/problemsAndImprovements", "/otherMatters",
        ], ProseSection.All.Select(s => s.Pointer));
        Assert.Equal(["/overview", "/problemsAndImprovements", "/otherMatters"], ProseSection.All.Where(s => s.IsCheckedForRepetition).Select(s => s.Pointer));
        Assert.Equal(6, ProseSection.All.Single(s => s.Pointer == "/overview").Parts.Count);
        Assert.Equal("一、总体情况（全文）", ProseSection.All[1].Label);
    }

    [Fact]
    public void GD5xx_rules_are_in_the_catalogue()
    {
        Assert.Equal(["GD501", "GD502", "GD503", "GD504", "GD505", "GD506", "GD507"], YearOverYearRules.All.Select(r => r.Id));
        Assert.All(YearOverYearRules.All, r => Assert.Same(r, RuleCatalog.Find(r.Id)));
    }
}
