using System;
using System.Linq;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ConsistentReportTests
{
    [Property]
    public void Every_relation_holds_and_no_count_is_negative(AnnualReport report) =>
        Consistency.AssertRelationsHold(report);

    [Property]
    public void The_fee_is_in_whole_yuan(AnnualReport report)
    {
        var fee = report.ProactiveDisclosure.Fees.AmountTenThousandYuan;
        Assert.Equal(decimal.Round(fee, 4), fee);
    }

    [Property]
    public void The_year_is_from_2021_to_last_year_and_the_agency_is_named(AnnualReport report)
    {
        Assert.InRange(report.Year, 2021, DateTime.Today.Year - 1);
        Assert.False(string.IsNullOrWhiteSpace(report.Agency.Name));
    }

    [Theory]
    [InlineData(2021, 2021)]
    [InlineData(2022, 2024)]
    [InlineData(2019, 2020)]
    public void A_year_range_is_respected(int first, int last) =>
        Assert.All(ReportGenerators.ConsistentReport(first, last).Sample(30), r => Assert.InRange(r.Year, first, last));

    [Fact]
    public void An_empty_year_range_is_a_bad_call() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportGenerators.ConsistentReport(2024, 2023));

    [Property]
    public void Each_overview_topic_has_its_sub_section_and_only_it_names_the_topic(AnnualReport report) =>
        Assert.All(ReportForm.OverviewTopics, topic =>
        {
            Assert.Contains(topic.Keyword, topic.SubSection.GetText(report));
            var elsewhere = ReportForm.Texts.Where(t => t.Pointer.StartsWith("/overview/", StringComparison.Ordinal) && t != topic.SubSection);
            Assert.DoesNotContain(elsewhere, t => (t.GetText(report) ?? "").Contains(topic.Keyword));
        });

    [Property]
    public void The_required_prose_is_never_blank(AnnualReport report) =>
        Assert.All(ReportForm.Texts.Where(t => t.IsRequired), t => Assert.False(string.IsNullOrWhiteSpace(t.GetText(report)), t.Pointer));

    [Property]
    public void The_prose_agrees_with_the_tables(AnnualReport report) =>
        Consistency.AssertProseAgrees(report);

    [Fact]
    public void Most_cells_are_zero_and_a_few_are_large()
    {
        var reports = ReportGenerators.ConsistentReport().Sample(200);
        var counts = reports.SelectMany(r => ReportForm.Cells.Where(c => c.Kind == CellKind.Count).Select(c => c.GetCount(r))).ToArray();
        Assert.True(counts.Count(n => n == 0) > counts.Length * 3 / 4, "most cells are 0");
        Assert.Contains(counts, n => n >= 100);
        Assert.Contains(reports, r => r.ProactiveDisclosure.Fees.AmountTenThousandYuan > 0);
        Assert.Contains(reports, r => r.Applications.CarriedForward.Total > 0);
        Assert.Contains(reports, r => r.ReviewsAndLitigation.AdministrativeReview.Total > 0);
    }
}
