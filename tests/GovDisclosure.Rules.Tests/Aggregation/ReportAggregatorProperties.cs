using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Aggregation;

/// <summary>Laws of the roll-up over consistent reports of one year (the Testing package's generators).</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries), typeof(ReportAggregatorProperties.Arbitraries) })]
public class ReportAggregatorProperties
{
    private const int Year = 2022;

    private static AnnualReport[] OfOneYear(IEnumerable<AnnualReport> reports) => reports.Select(r => r with { Year = Year }).ToArray();

    private static AnnualReport RollUp(IEnumerable<AnnualReport> reports)
    {
        var result = ReportAggregator.Aggregate(reports, "汇总");
        Assert.Empty(result.Findings);
        return result.Report!;
    }

    private static void AssertSameTables(AnnualReport expected, AnnualReport actual) =>
        Assert.All(ReportForm.Cells, c => Assert.Equal(c.GetValue(expected), c.GetValue(actual)));

    [Property]
    public void The_roll_up_of_consistent_reports_is_consistent(SomeReports reports)
    {
        var rollUp = RollUp(OfOneYear(reports.Reports));

        Assert.Equal(Year, rollUp.Year);
        Assert.All(ReportForm.Relations, r => Assert.True(r.Holds(rollUp), r.ToString()));
    }

    [Property]
    public void The_order_of_the_reports_does_not_matter(SomeReports reports, int rotation)
    {
        var given = OfOneYear(reports.Reports);
        var shift = (rotation & int.MaxValue) % given.Length;
        var reordered = given.Skip(shift).Concat(given.Take(shift)).Reverse();

        AssertSameTables(RollUp(given), RollUp(reordered));
    }

    [Property]
    public void The_roll_up_of_one_report_has_its_tables(AnnualReport report)
    {
        var rollUp = RollUp(OfOneYear([report]));

        AssertSameTables(report, rollUp);
        Assert.Equal("汇总", rollUp.Agency.Name);
    }

    [Property]
    public void Rolling_up_in_two_steps_gives_the_same_tables(SomeReports a, SomeReports b)
    {
        var first = OfOneYear(a.Reports);
        var second = OfOneYear(b.Reports);

        AssertSameTables(RollUp(first.Concat(second)), RollUp([RollUp(first), RollUp(second)]));
    }

    /// <summary>A few consistent reports at a time: enough for the laws, few enough to keep the properties fast.</summary>
    public sealed record SomeReports(AnnualReport[] Reports)
    {
        public override string ToString() => $"{Reports.Length} reports";
    }

    public static class Arbitraries
    {
        public static Arbitrary<SomeReports> SomeReports() => Arb.From(
            from count in Gen.Choose(1, 5)
            from reports in ReportGenerators.ConsistentReport().ArrayOf(count)
            select new SomeReports(reports));
    }
}
