using System;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Aggregation;

public class ReportAggregatorTests
{
    private static readonly AnnualReport Seed = DiffFixtures.Seed;

    /// <summary>Another agency's 2022 report: the constructed 2021 figures, moved to 2022.</summary>
    private static readonly AnnualReport Other = DiffFixtures.Previous with { Year = 2022, Agency = new Agency("哈尔滨市工业和信息化局") };

    private static FormCell Cell(string pointer) => ReportForm.FindCell(pointer)!;

    [Fact]
    public void Every_cell_is_the_sum_of_the_reports()
    {
        var seed = ReportForm.WithValue(Seed, ReportForm.FeesAmount, 0.35m);
        var other = ReportForm.WithValue(Other, ReportForm.FeesAmount, 1.2m);

        var result = ReportAggregator.Aggregate([seed, other], "哈尔滨市人民政府各部门");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Findings);
        Assert.Equal(2, result.ReportCount);
        var rollUp = result.Report!;
        Assert.All(ReportForm.Cells, c => Assert.Equal(c.GetValue(seed) + c.GetValue(other), c.GetValue(rollUp)));
        Assert.Equal(1.55m, rollUp.ProactiveDisclosure.Fees.AmountTenThousandYuan);
        Assert.Equal(18 + 17, rollUp.ProactiveDisclosure.NormativeDocuments.InForce);
        Assert.Equal(11 + 8, rollUp.Applications.Received.Total);
    }

    [Fact]
    public void The_roll_up_has_the_year_and_name_given_and_no_prose_unless_supplied()
    {
        var rollUp = ReportAggregator.Aggregate([Seed, Other], "哈尔滨市人民政府各部门").Report!;

        Assert.Equal(2022, rollUp.Year);
        Assert.Equal(new Agency("哈尔滨市人民政府各部门"), rollUp.Agency);
        Assert.Null(rollUp.Preamble);
        Assert.Equal(Overview.Empty, rollUp.Overview);
        Assert.Equal("", rollUp.ProblemsAndImprovements);
        Assert.Equal("", rollUp.OtherMatters);

        var overview = new Overview { Summary = "2022 年，市政府各部门共收到政府信息公开申请 19 件。" };
        var withProse = ReportAggregator.Aggregate([Seed, Other], "哈尔滨市人民政府各部门",
            new AggregationOptions { Overview = overview, ProblemsAndImprovements = "问题", OtherMatters = "无", Preamble = "引言" }).Report!;
        Assert.Equal(overview, withProse.Overview);
        Assert.Equal(("引言", "问题", "无"), (withProse.Preamble, withProse.ProblemsAndImprovements, withProse.OtherMatters));
    }

    [Fact]
    public void GDA001_reports_of_different_years_are_refused_with_the_ones_that_differ()
    {
        var older = Seed with { Year = 2021, Agency = new Agency("哈尔滨市民政局") };

        var result = ReportAggregator.Aggregate([Seed, Other, older, Seed], "汇总");

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDA001", Severity.Error, "/year"), (finding.RuleId, finding.Severity, finding.Path));
        Assert.Equal("报告年度不一致，不予汇总：多数为 2022 年，以下 1 份不同：第 3 份（哈尔滨市民政局，2021 年）", finding.Message);
        Assert.Equal(2022m, finding.Expected);

        var english = ReportAggregator.Aggregate([older, Seed, Other], "roll-up", new AggregationOptions { Language = MessageLanguage.English }).Findings.Single();
        Assert.Equal("The reports are of different years, so they are not rolled up: most are of 2022; reports of another year (1): #1 (哈尔滨市民政局, 2021)", english.Message);
    }

    [Fact]
    public void GDA001_lists_at_most_twenty_reports()
    {
        var reports = Enumerable.Range(0, 30).Select(i => Seed with { Year = 2021 }).Concat(Enumerable.Range(0, 40).Select(_ => Seed));

        var finding = ReportAggregator.Aggregate(reports, "汇总").Findings.Single();

        Assert.Contains("以下 30 份不同：第 1 份（哈尔滨市科学技术局，2021 年）", finding.Message);
        Assert.Contains("第 20 份（", finding.Message);
        Assert.DoesNotContain("第 21 份（", finding.Message);
        Assert.EndsWith("；另有 10 份", finding.Message);
    }

    [Fact]
    public void GDA001_ties_go_to_the_year_met_first()
    {
        var finding = ReportAggregator.Aggregate([Seed with { Year = 2023 }, Seed], "汇总").Findings.Single();

        Assert.Equal(2023m, finding.Expected);
        Assert.Contains("第 2 份（哈尔滨市科学技术局，2022 年）", finding.Message);
    }

    [Fact]
    public void GDA002_a_sum_above_the_largest_count_is_a_finding_never_a_wrap_around()
    {
        var big = ReportForm.WithValue(Seed, Cell("/applications/received/naturalPersons"), ReportForm.MaxCount);

        var result = ReportAggregator.Aggregate([big, Seed], "汇总");

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDA002", Severity.Error, "/applications/received/naturalPersons"), (finding.RuleId, finding.Severity, finding.Path));
        Assert.Equal("三、收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量 › 自然人 的合计为 9007199254741002，超出范围 0 至 9007199254740991", finding.Message);
        Assert.Equal(9007199254741002m, finding.Actual);
    }

    [Fact]
    public void GDA002_even_sums_beyond_a_long_are_exact()
    {
        var big = ReportForm.WithValue(Seed, Cell("/proactiveDisclosure/licensing/decisions"), ReportForm.MaxCount);

        var finding = ReportAggregator.Aggregate(Enumerable.Repeat(big, 2000), "汇总").Findings.Single();

        Assert.Equal(2000m * ReportForm.MaxCount, finding.Actual);
    }

    [Fact]
    public void A_sum_of_exactly_the_largest_count_is_allowed()
    {
        var cell = Cell("/reviewsAndLitigation/administrativeReview/pending");
        var half = ReportForm.WithValue(Seed, cell, ReportForm.MaxCount / 2);
        var rest = ReportForm.WithValue(Seed, cell, ReportForm.MaxCount - (ReportForm.MaxCount / 2));

        var result = ReportAggregator.Aggregate([half, rest], "汇总");

        Assert.True(result.Succeeded);
        Assert.Equal(ReportForm.MaxCount, cell.GetCount(result.Report!));
    }

    [Fact]
    public void GDA003_nothing_to_roll_up()
    {
        var result = ReportAggregator.Aggregate([], "汇总");

        Assert.Null(result.Report);
        Assert.Equal(0, result.ReportCount);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDA003", Severity.Error, "", "没有可汇总的报告"), (finding.RuleId, finding.Severity, finding.Path, finding.Message));
    }

    [Fact]
    public void Roll_up_rules_are_in_the_catalogue()
    {
        Assert.Equal(["GDA001", "GDA002", "GDA003", "GDA004", "GDA005"], AggregationRules.All.Select(r => r.Id));
        Assert.All(AggregationRules.All, r => Assert.Same(r, RuleCatalog.Find(r.Id)));
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ReportAggregator.Aggregate(null!, "汇总"));
        Assert.Throws<ArgumentNullException>(() => ReportAggregator.Aggregate([Seed], null!));
        Assert.Throws<ArgumentException>(() => ReportAggregator.Aggregate([Seed, null!], "汇总"));
    }
}
