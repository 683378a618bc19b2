using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Audit;

/// <summary>Examples of the audit: matching names, the messages of GDA004 and GDA005, statistics, work done and bad calls.</summary>
public class ReportAuditTests
{
    private static Jurisdiction Sample(int agencies, int years, ulong seed) =>
        ReportGenerators.Jurisdiction(agencies, years).Sample(1, new Rnd(seed), 10)[0];

    [Theory]
    [InlineData("哈尔滨市 科学技术局", "哈尔滨市科学技术局")]
    [InlineData("哈尔滨市\u3000科学技术局\n", "哈尔滨市科学技术局")]
    [InlineData("某区人民政府（本级）", "某区人民政府(本级)")]
    [InlineData("某区人民政府【本级】", "某区人民政府(本级)")]
    [InlineData("某市ＡＢＣ１２３局", "某市ABC123局")]
    public void Names_that_differ_in_white_space_width_or_brackets_have_one_key(string name, string key) =>
        Assert.Equal(key, AgencyNameKey.Of(name));

    [Fact]
    public void A_generated_jurisdiction_has_every_pattern_planted_and_the_audit_finds_them()
    {
        var jurisdiction = Sample(24, 4, 2026);
        var result = ReportAudit.Run(jurisdiction.Reports, new AuditOptions { Renames = jurisdiction.Renames });

        Assert.NotEmpty(jurisdiction.CopiedTables);
        Assert.NotEmpty(jurisdiction.CopiedProse);
        Assert.NotEmpty(jurisdiction.RollUpErrors);
        Assert.Equal(jurisdiction.CopiedTables.Count, result.Reports.Count(r => r.Findings.Any(f => f.RuleId == "GD507")));
        Assert.Equal(jurisdiction.RollUpErrors.Count, result.Rules.Where(t => t.RuleId == "GDA005").Sum(t => t.Findings));
        Assert.Equal(2 * jurisdiction.CopiedProse.Count, result.Rules.Where(t => t.RuleId == "GDA004").Sum(t => t.Findings));
        Assert.Equal(jurisdiction.Reports.Count, result.Passed + result.Reports.Count(r => r.Status != AuditStatus.Passed));
    }

    [Fact]
    public void The_real_seed_with_its_year_before_and_a_copy_of_its_tables_a_year_later()
    {
        var seed = Diff.DiffFixtures.Seed;
        var copied = Diff.DiffFixtures.Previous.Year + 1 == seed.Year
            ? seed with { Year = seed.Year + 1, Agency = new Agency(seed.Agency.Name.Insert(3, " ")) }
            : throw new InvalidOperationException("the fixtures are not consecutive years");

        var result = ReportAudit.Run([copied, seed, Diff.DiffFixtures.Previous]);

        Assert.Equal([1, 2, null], result.Reports.Select(r => r.PreviousIndex));
        Assert.Equal(["/applications"], result.Reports[0].Findings.Where(f => f.RuleId == "GD507").Select(f => f.Path));
        Assert.DoesNotContain(result.Reports[1].Findings, f => f.RuleId == "GD507");
        Assert.NotEqual(AuditStatus.Passed, result.Reports[0].Status);
        Assert.Equal([seed.Year - 1, seed.Year, seed.Year + 1], result.Years);
    }

    [Fact]
    public void Without_the_renames_a_renamed_agency_starts_afresh()
    {
        var jurisdiction = Enumerable.Range(0, 20).Select(s => Sample(24, 4, (ulong)s)).First(j => j.Renames.Count > 0);
        var renamed = new HashSet<string>(jurisdiction.Renames.Values);

        var result = ReportAudit.Run(jurisdiction.Reports);

        Assert.Contains(result.Reports, r => renamed.Contains(AgencyNameKey.Of(r.Agency)) && r.PreviousIndex is null
            && jurisdiction.PreviousOf[r.Index] is not null);
    }

    [Fact]
    public void GDA004_and_GDA005_messages_in_both_languages()
    {
        var a = AnnualReport.Create(2023, "某市教育局") with { OtherMatters = "本机关按照规定收取信息处理费情况说明：本年度未收取任何费用，其他事项无。" };
        var b = AnnualReport.Create(2023, "某市民政局") with { OtherMatters = a.OtherMatters };
        var licensing = ReportForm.FindCell("/proactiveDisclosure/licensing/decisions")!;
        var member = ReportForm.WithValue(AnnualReport.Create(2023, "某市财政局"), licensing, 4);
        var rollUp = ReportForm.WithValue(AnnualReport.Create(2023, "某市人民政府各部门"), licensing, 9);

        var chinese = ReportAudit.Run([a, b, member, rollUp]);
        var english = ReportAudit.Run([a, b, member, rollUp], new AuditOptions { Language = MessageLanguage.English });

        var copied = chinese.Reports[1].Findings.Single(f => f.RuleId == "GDA004");
        Assert.Equal((Severity.Warning, "/otherMatters"), (copied.Severity, copied.Path));
        Assert.Equal("“六、其他需要报告的事项”与某市教育局（2023 年）的相似度为 100%（达到 90%），内容雷同", copied.Message);
        Assert.Equal("\"other matters\" is 100% similar to that of 某市教育局 (2023) (at least 90%): it copies another agency's report",
            english.Reports[1].Findings.Single(f => f.RuleId == "GDA004").Message);

        var sum = chinese.Reports[3].Findings.Single(f => f.RuleId == "GDA005");
        Assert.Equal((Severity.Warning, licensing.Pointer, 4m, 9m), (sum.Severity, sum.Path, sum.Expected, sum.Actual));
        Assert.Equal($"{licensing.Label}：汇总报告为 9，3 份成员报告之和为 4", sum.Message);
        Assert.Equal($"{licensing.EnglishLabel}: the roll-up says 9, its 3 members' reports add up to 4",
            english.Reports[3].Findings.Single(f => f.RuleId == "GDA005").Message);
    }

    [Fact]
    public void A_roll_ups_members_are_its_places_departments_not_its_governments_nor_lower_places()
    {
        var licensing = ReportForm.FindCell("/proactiveDisclosure/licensing/decisions")!;
        AnnualReport With(string name, long value) => ReportForm.WithValue(AnnualReport.Create(2023, name), licensing, value);
        var reports = new[]
        {
            With("某市人民政府各部门", 5), With("某市教育局", 2), With("某市 人民政府办公室", 3), With("某市人民政府", 100),
            With("某市某区教育局", 100), With("某市某县人民政府", 100), With("另一市教育局", 100),
        };

        Assert.DoesNotContain(ReportAudit.Run(reports).Reports[0].Findings, f => f.RuleId == "GDA005");
    }

    [Fact]
    public void Renames_chain_to_the_newest_name_and_a_cycle_ends()
    {
        var reports = new[] { AnnualReport.Create(2021, "甲局"), AnnualReport.Create(2022, "乙局"), AnnualReport.Create(2023, "丙局") };
        var renames = new Dictionary<string, string> { ["甲局"] = "乙局", ["乙 局"] = "丙局", ["丙局"] = "甲局" };

        var result = ReportAudit.Run(reports, new AuditOptions { Renames = renames });

        Assert.Equal([null, 0, 1], result.Reports.Select(r => r.PreviousIndex));
    }

    [Fact]
    public void Percentiles_interpolate_and_outliers_are_beyond_the_fences()
    {
        var received = ReportForm.FindCell("/applications/received/total")!;
        var values = new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 100 };
        var reports = values.Select((v, i) => ReportForm.WithValue(AnnualReport.Create(2023, "机关" + i), received, v)).ToArray();

        var distribution = ReportAudit.Run(reports).Distributions.Single(d => d.Figure.Id == "received");

        Assert.Equal((1m, 3m, 5m, 7m, 100m, 9), (distribution.Minimum, distribution.P25, distribution.P50, distribution.P75, distribution.Maximum, distribution.Count));
        Assert.Equal([8], distribution.Outliers);
    }

    [Fact]
    public void The_prose_comparisons_grow_with_the_reports_not_with_their_pairs()
    {
        var small = Sample(60, 2, 7);
        var large = Sample(600, 2, 7);

        var smallWork = ReportAudit.Run(small.Reports).ProseComparisons;
        var largeWork = ReportAudit.Run(large.Reports).ProseComparisons;

        // Every planted copy is measured; beyond them, a few chance pairs per report, never the n² / 2 of every pair.
        Assert.InRange(smallWork, small.CopiedProse.Count, 3 * small.Reports.Count);
        Assert.InRange(largeWork, large.CopiedProse.Count, 3 * large.Reports.Count);
    }

    [Fact]
    public void Key_figures_take_their_labels_from_the_form()
    {
        Assert.Equal(["received", "disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling",
            "administrativeReview", "litigation", "licensing", "punishment"], KeyFigure.All.Select(k => k.Id));
        Assert.Equal(["本年新收", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "行政复议", "行政诉讼", "行政许可", "行政处罚"],
            KeyFigure.All.Select(k => k.Label));
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ReportAudit.Run(null!));
        Assert.Throws<ArgumentException>(() => ReportAudit.Run([AnnualReport.Create(2023, "某局"), null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportAudit.Run([], new AuditOptions { ProseSimilarityThreshold = 1.5 }));
        Assert.Throws<ArgumentNullException>(() => AgencyNameKey.Of(null!));
        Assert.Empty(ReportAudit.Run([]).Reports);
    }
}
