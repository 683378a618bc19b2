using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using GovDisclosure.Rules.Validation.Corrections;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation.Corrections;

/// <summary>GD601 on the seed with figures mistyped, in both languages, and its options.</summary>
public class CorrectionTests
{
    private const string Id = "GD601";
    private const string ReceivedTotal = "/applications/received/total";
    private const string NotHeld = "/applications/outcomes/unableToProvide/notHeld/naturalPersons";
    private const string Litigation = "/reviewsAndLitigation/litigationWithoutReview";

    private static readonly AnnualReport Seed = JsonDocuments.ExampleReport;

    [Fact]
    public void A_total_typed_with_a_digit_twice_is_named_with_its_printed_and_corrected_figure()
    {
        var report = Seed.With(ReceivedTotal, 111);
        var finding = Single(Id, report);
        Assert.Equal(
            "三、收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量 › 总计 应为 11（现为 111），疑为多打一位数字；可消除 GD201、GD203 的 2 条发现；这是唯一的最小更正",
            finding.Message);
        Assert.Equal(
            "Applications › received this year › total should be 11 (printed 111), a digit looks typed twice; this explains 2 finding(s) of GD201, GD203; this is the only smallest correction",
            Single(Id, report, MessageLanguage.English).Message);
        Assert.Equal((ReceivedTotal, 11m, 111m, Severity.Info), (finding.Path, finding.Expected, finding.Actual, finding.Severity));

        // Related: the findings it explains, by their pointers.
        var explained = Chinese.Validate(report).Findings.Where(f => f.RuleId is "GD201" or "GD203").Select(f => f.Path).ToArray();
        Assert.Equal(explained, finding.Related);
    }

    [Theory]
    [InlineData(NotHeld, 40, 4, "，疑为多打一位数字")]
    [InlineData(NotHeld, 0, 4, "")]
    [InlineData("/applications/received/naturalPersons", 1, 11, "，疑为漏打一位数字")]
    [InlineData("/applications/outcomes/total/total", 21, 11, "，疑为总计未随明细更新")]
    [InlineData("/applications/received/otherOrganizations", 11, 0, "，疑为填成了相邻单元格的数")]
    public void The_slip_that_explains_a_figure_is_named(string pointer, long printed, long corrected, string slip)
    {
        var finding = Single(Id, Seed.With(pointer, printed));
        Assert.Equal((pointer, (decimal?)corrected, (decimal?)printed), (finding.Path, finding.Expected, finding.Actual));
        Assert.Contains($"应为 {corrected}（现为 {printed}）{slip}；", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_digits_swapped_are_named()
    {
        // The seed's received total is 11: make it 12 throughout, then print 21.
        var report = Seed.With("/applications/received/naturalPersons", 12).With(ReceivedTotal, 12).With("/applications/carriedForward/naturalPersons", 1)
            .With("/applications/carriedForward/total", 1).With("/applications/received/naturalPersons", 21);
        var finding = Single(Id, report);
        Assert.Contains("应为 12（现为 21），疑为相邻两位数字颠倒；", finding.Message, StringComparison.Ordinal);
        Assert.Contains("should be 12 (printed 21), two digits look swapped;", Single(Id, report, MessageLanguage.English).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_several_cells_could_be_wrong_each_is_listed_likeliest_first_and_the_message_says_it_is_ambiguous()
    {
        var report = Seed.With(Litigation + "/other", 5);
        var findings = Findings(Id, report);
        Assert.Equal([Litigation + "/other", Litigation + "/total"], findings.Select(f => f.Path));
        var total = findings.Single(f => f.Path == Litigation + "/total");
        Assert.Equal(
            "四、政府信息公开行政复议、行政诉讼情况 › 行政诉讼 › 未经复议直接起诉 › 总计 应为 5（现为 2），疑为总计未随明细更新；可消除 GD301 的 1 条发现；"
            + "无法确定：有 2 种改动同样少的更正，此为第 1 种，最有可能；其他：四、政府信息公开行政复议、行政诉讼情况 › 行政诉讼 › 未经复议直接起诉 › 其他结果 应为 2",
            total.Message);
        Assert.Equal(
            "Review and litigation › litigation without review › other outcome should be 2 (printed 5); this explains 1 finding(s) of GD301; "
            + "ambiguous: 2 corrections change as few cells, this is number 2; the others: Review and litigation › litigation without review › total should be 5",
            Findings(Id, report, MessageLanguage.English).Single(f => f.Path == Litigation + "/other").Message);
    }

    [Fact]
    public void Equally_likely_corrections_say_so_and_the_list_is_cut_at_the_bound()
    {
        // Table C's administrative review: 1, 3, 5, 7 and the total printed as 20. The total could be 16 (a total not updated),
        // or any of the four outcomes 4 more (no slip explains any).
        var row = "/reviewsAndLitigation/administrativeReview";
        var report = Seed.With(row + "/upheld", 1).With(row + "/corrected", 3).With(row + "/other", 5).With(row + "/pending", 7).With(row + "/total", 20);
        var all = Findings(Id, report);
        Assert.Equal(5, all.Length);
        Assert.Equal(row + "/total", all.Single(f => f.Message.Contains("此为第 1 种，最有可能", StringComparison.Ordinal)).Path);
        Assert.Equal(4, all.Count(f => f.Message.Contains("，与其他更正可能性相同", StringComparison.Ordinal)));

        var two = new ReportValidator(new ValidationOptions { Today = Today, MaxCorrectionsListed = 2 }).Validate(report).Findings.Where(f => f.RuleId == Id).ToArray();
        Assert.Equal(2, two.Length);
        Assert.All(two, f => Assert.EndsWith("等", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_wrong_figures_in_unrelated_relations_are_suggested_as_one_pair()
    {
        var report = Seed.With(ReceivedTotal, 111).With(NotHeld, 40);
        var findings = Findings(Id, report);
        Assert.Equal([ReceivedTotal, NotHeld], findings.Select(f => f.Path));
        Assert.Equal([11m, 4m], findings.Select(f => f.Expected!.Value));
        Assert.Contains("，须与以下更正一并进行：三、收到和处理政府信息公开申请情况 › 1.本机关不掌握相关政府信息 › 自然人 应为 4；这是唯一的最小更正", findings[0].Message, StringComparison.Ordinal);

        // One cell at most: no correction exists.
        Assert.DoesNotContain(new ReportValidator(new ValidationOptions { Today = Today, MaxCellsCorrected = 1 }).Validate(report).Findings, f => f.RuleId == Id);
    }

    [Fact]
    public void An_issued_count_over_its_bound_is_corrected_within_the_bound()
    {
        // Normative documents: the seed's issued, in force and repealed; issued raised over the two others.
        var docs = "/proactiveDisclosure/normativeDocuments";
        var report = Seed.With(docs + "/issued", 0).With(docs + "/inForce", 12).With(docs + "/repealed", 0).With(docs + "/issued", 21);
        var findings = Findings(Id, report);
        var issued = findings.Single(f => f.Path == docs + "/issued");
        Assert.Equal(12m, issued.Expected);
        Assert.Contains("疑为相邻两位数字颠倒", issued.Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.True(ReportForm.Relations.All(r => r.Holds(ReportForm.WithValue(report, ReportForm.FindCell(f.Path)!, f.Expected!.Value)))));
    }

    [Fact]
    public void Last_years_report_takes_part_when_given()
    {
        // Carried over printed as 3 where last year carried forward 0: with last year's report, the cell is in three relations.
        var report = Seed.With("/applications/carriedOver/naturalPersons", 3);
        var previous = Seed with { Year = 2021 };
        Assert.Contains("可消除 GD201、GD203 的 2 条发现", Single(Id, report).Message, StringComparison.Ordinal);
        // GD504 off: the seed's documents in force do not chain from a copy of itself.
        var validator = new ReportValidator(new ValidationOptions { Today = Today, DisabledRules = ["GD504"] });
        var finding = Assert.Single(validator.Validate(report, previous).Findings, f => f.RuleId == Id);
        Assert.Equal(("/applications/carriedOver/naturalPersons", 0m), (finding.Path, finding.Expected!.Value));
        Assert.Contains("可消除 GD201、GD203、GD503 的 3 条发现", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GD601_is_in_the_catalogue_and_can_be_switched_off_or_overridden()
    {
        Assert.Same(CorrectionRules.SuggestedCorrection, RuleCatalog.Find(Id));
        var report = Seed.With(ReceivedTotal, 111);
        Assert.DoesNotContain(new ReportValidator(new ValidationOptions { DisabledRules = [Id] }).Validate(report).Findings, f => f.RuleId == Id);
        Assert.DoesNotContain(new ReportValidator(new ValidationOptions { SuggestCorrections = false }).Validate(report).Findings, f => f.RuleId == Id);
        Assert.Equal(Severity.Warning, new ReportValidator(new ValidationOptions { SeverityOverrides = new System.Collections.Generic.Dictionary<string, Severity> { [Id] = Severity.Warning } })
            .Validate(report).Findings.Single(f => f.RuleId == Id).Severity);

        // With the balance switched off, only the row total is left to explain.
        var withoutBalance = new ReportValidator(new ValidationOptions { DisabledRules = ["GD203"] }).Validate(report).Findings.Where(f => f.RuleId == Id).ToArray();
        Assert.Equal(7, withoutBalance.Length);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(3, 8)]
    [InlineData(2, 0)]
    public void Bounds_out_of_range_are_a_bad_call(int cells, int listed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportValidator(new ValidationOptions { MaxCellsCorrected = cells, MaxCorrectionsListed = listed }));

    [Fact]
    public void A_report_whose_only_findings_are_not_relations_gets_no_suggestion()
    {
        var report = Seed with { Year = 2019 };
        Assert.NotEmpty(Chinese.Validate(report).Findings);
        Assert.Empty(Findings(Id, report));
    }
}
