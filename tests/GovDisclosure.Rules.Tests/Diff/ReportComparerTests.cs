using System;
using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>The seed (2022) compared with the 2021 report constructed from it, and variations that break each GD5xx rule.</summary>
public class ReportComparerTests
{
    private static readonly AnnualReport Previous = DiffFixtures.Previous;
    private static readonly AnnualReport Current = DiffFixtures.Seed;

    private static FormCell Cell(string pointer) => ReportForm.FindCell(pointer)!;

    private static AnnualReport With(AnnualReport report, string pointer, decimal value) => ReportForm.WithValue(report, Cell(pointer), value);

    [Fact]
    public void The_constructed_2021_report_chains_into_the_seed_and_its_copied_section_is_found()
    {
        var diff = ReportComparer.Compare(Previous, Current);

        Assert.Equal(2021, diff.PreviousYear);
        Assert.Equal(2022, diff.CurrentYear);
        Assert.Equal(
            [("GD506", "/proactiveDisclosure/licensing/decisions"), ("GD505", "/otherMatters")],
            diff.Findings.Select(f => (f.RuleId, f.Path)));
    }

    [Fact]
    public void Changed_cells_carry_pointer_label_figures_and_relative_change()
    {
        var diff = ReportComparer.Compare(Previous, Current);

        Assert.Equal(22, diff.Cells.Count);
        Assert.Equal(diff.Cells.OrderBy(c => c.Cell.Index), diff.Cells);
        var licensing = diff.Cells.Single(c => c.Pointer == "/proactiveDisclosure/licensing/decisions");
        Assert.Equal("二、主动公开政府信息情况 › 行政许可 › 本年处理决定数量", licensing.Label);
        Assert.Equal((25m, 164m, 139m), (licensing.Previous, licensing.Current, licensing.Delta));
        Assert.Equal(5.56, licensing.RelativeChange!.Value, 10);

        var fromZero = diff.Cells.Single(c => c.Pointer == "/reviewsAndLitigation/litigationWithoutReview/other");
        Assert.Equal(2m, fromZero.Delta);
        Assert.Null(fromZero.RelativeChange);
        Assert.DoesNotContain(diff.Cells, c => c.Pointer == "/proactiveDisclosure/punishment/decisions");
    }

    [Fact]
    public void A_fee_amount_changes_by_an_exact_decimal()
    {
        var previous = With(Previous, "/proactiveDisclosure/fees/amountTenThousandYuan", 0.1m);
        var current = With(Current, "/proactiveDisclosure/fees/amountTenThousandYuan", 0.3m);

        var fees = ReportComparer.Compare(previous, current).Cells.Single(c => c.Pointer == "/proactiveDisclosure/fees/amountTenThousandYuan");

        Assert.Equal(0.2m, fees.Delta);
        Assert.Equal(2.0, fees.RelativeChange!.Value, 10);
    }

    [Fact]
    public void Every_prose_section_gets_a_similarity()
    {
        var diff = ReportComparer.Compare(Previous, Current);

        Assert.Equal(ProseSection.All.Select(s => s.Pointer), diff.Sections.Select(s => s.Pointer));
        Assert.Equal(0.96, diff.Sections.Single(s => s.Pointer == "/otherMatters").Similarity, 10);
        Assert.InRange(diff.Sections.Single(s => s.Pointer == "/overview").Similarity, 0.2, 0.7);
        Assert.InRange(diff.Sections.Single(s => s.Pointer == "/preamble").Similarity, 0.9, 0.999);
    }

    [Fact]
    public void GD501_the_current_year_must_follow_the_previous_one()
    {
        var finding = ReportComparer.Compare(Previous, Current with { Year = 2023 }).Findings.Single(f => f.RuleId == "GD501");

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("/year", finding.Path);
        Assert.Equal("本年度 2023 不是上一年度 2021 的次年（应为 2022）", finding.Message);
        Assert.Equal((2022m, 2023m), (finding.Expected, finding.Actual));
        Assert.Contains(ReportComparer.Compare(Current, Current).Findings, f => f.RuleId == "GD501");
    }

    [Fact]
    public void GD502_the_agency_name_must_be_last_years_white_space_aside()
    {
        var renamed = Current with { Agency = Current.Agency with { Name = "哈尔滨市科技局" } };
        var finding = ReportComparer.Compare(Previous, renamed).Findings.Single(f => f.RuleId == "GD502");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/agency/name", finding.Path);
        Assert.Equal("机关名称“哈尔滨市科技局”与上一年度的“哈尔滨市科学技术局”不同", finding.Message);

        var spaced = Current with { Agency = Current.Agency with { Name = " 哈尔滨市 科学技术局\n" } };
        Assert.DoesNotContain(ReportComparer.Compare(Previous, spaced).Findings, f => f.RuleId == "GD502");
    }

    [Theory]
    [InlineData("哈尔滨市 科学技术局", "哈尔滨市科学技术局", false)]
    [InlineData("\t哈尔滨市科学技术局 ", "哈尔滨市\u3000科学技术局", false)]
    [InlineData("哈尔滨市科学技术局", "哈尔滨市科学技术局办公室", true)]
    [InlineData("哈尔滨市科学技术局办公室", "哈尔滨市科学技术局", true)]
    [InlineData("哈尔滨市科学技术局", "哈尔滨市科学技术 ", true)]
    public void GD502_skips_white_space_on_both_sides_and_a_name_that_only_starts_the_other_differs(string previous, string current, bool differs)
    {
        var findings = ReportComparer.Compare(Previous with { Agency = new Agency(previous) }, Current with { Agency = new Agency(current) }).Findings;

        Assert.Equal(differs, findings.Any(f => f.RuleId == "GD502"));
    }

    [Fact]
    public void A_changed_cell_and_a_section_similarity_show_themselves_for_debugging_whatever_the_culture()
    {
        var previous = With(Previous, "/proactiveDisclosure/fees/amountTenThousandYuan", 0.1m);
        var current = With(Current, "/proactiveDisclosure/fees/amountTenThousandYuan", 0.25m);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A decimal comma would make the text depend on the machine it runs on.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var diff = ReportComparer.Compare(previous, current);

            Assert.Equal("/proactiveDisclosure/fees/amountTenThousandYuan: 0.1 → 0.25", diff.Cells.Single(c => c.Pointer == "/proactiveDisclosure/fees/amountTenThousandYuan").ToString());
            Assert.Equal("/proactiveDisclosure/licensing/decisions: 25 → 164", diff.Cells.Single(c => c.Pointer == "/proactiveDisclosure/licensing/decisions").ToString());
            Assert.Equal("/otherMatters: 0.960", diff.Sections.Single(s => s.Pointer == "/otherMatters").ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void GD503_names_the_column_group_of_an_organisation_column()
    {
        var previous = With(Previous, "/applications/carriedForward/commercialEnterprises", 1);

        var finding = ReportComparer.Compare(previous, Current, new DiffOptions()).Findings.Single(f => f.RuleId == "GD503");

        Assert.Equal("与上一年度不衔接：上年结转（0）≠ 上一年度结转下年度（1）〔法人或其他组织·商业企业〕", finding.Message);
        var english = ReportComparer.Compare(previous, Current, new DiffOptions { Language = MessageLanguage.English }).Findings.Single(f => f.RuleId == "GD503");
        Assert.Equal("Does not follow from last year: carried over from last year (0) ≠ last year's carried forward to next year (1) [commercial enterprises]", english.Message);
    }

    [Fact]
    public void GD503_carried_over_must_be_last_years_carried_forward_column_by_column()
    {
        var previous = With(With(Previous, "/applications/carriedForward/naturalPersons", 2), "/applications/carriedForward/total", 2);

        var findings = ReportComparer.Compare(previous, Current).Findings.Where(f => f.RuleId == "GD503").ToList();

        Assert.Equal(["/applications/carriedOver/naturalPersons", "/applications/carriedOver/total"], findings.Select(f => f.Path));
        var first = findings[0];
        Assert.Equal(Severity.Error, first.Severity);
        Assert.Equal("与上一年度不衔接：上年结转（0）≠ 上一年度结转下年度（2）〔自然人〕", first.Message);
        Assert.Equal("与上一年度不衔接：上年结转（0）≠ 上一年度结转下年度（2）〔总计〕", findings[1].Message);
        Assert.Equal(["/applications/carriedForward/naturalPersons"], first.Related);
        Assert.Equal((2m, 0m), (first.Expected, first.Actual));
    }

    [Fact]
    public void GD504_in_force_must_be_last_years_plus_issued_minus_repealed()
    {
        var previous = With(Previous, "/proactiveDisclosure/normativeDocuments/inForce", 16);

        var finding = ReportComparer.Compare(previous, Current).Findings.Single(f => f.RuleId == "GD504");

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/proactiveDisclosure/normativeDocuments/inForce", finding.Path);
        Assert.Equal("与上一年度不衔接：现行有效件数（18）≠ 上一年度现行有效件数（16）+ 本年制发件数（4）− 本年废止件数（3）〔行政规范性文件〕", finding.Message);
        Assert.Equal(["/proactiveDisclosure/normativeDocuments/issued", "/proactiveDisclosure/normativeDocuments/repealed"], finding.Related);
        Assert.Equal((17m, 18m), (finding.Expected, finding.Actual));

        var english = ReportComparer.Compare(previous, Current, new DiffOptions { Language = MessageLanguage.English }).Findings.Single(f => f.RuleId == "GD504");
        Assert.Equal("Does not follow from last year: in force (18) ≠ last year's in force (16) + issued this year (4) − repealed this year (3) [normative documents]", english.Message);
    }

    [Fact]
    public void GD504_applies_to_regulations_too()
    {
        var current = With(Current, "/proactiveDisclosure/regulations/issued", 1);

        var finding = ReportComparer.Compare(Previous, current).Findings.Single(f => f.RuleId == "GD504");

        Assert.Equal("/proactiveDisclosure/regulations/inForce", finding.Path);
        Assert.Equal((1m, 0m), (finding.Expected, finding.Actual));
    }

    [Fact]
    public void GD505_an_overview_copied_from_last_year_repeats_it()
    {
        var copied = Current with { Overview = Previous.Overview };

        var findings = ReportComparer.Compare(Previous, copied).Findings.Where(f => f.RuleId == "GD505").ToList();

        Assert.Equal(["/overview", "/otherMatters"], findings.Select(f => f.Path));
        Assert.Equal(Severity.Warning, findings[0].Severity);
        Assert.Equal("“一、总体情况（全文）”与上一年度的相似度为 100%（达到 90%），内容雷同", findings[0].Message);
        Assert.Equal(1m, findings[0].Actual);
        Assert.Equal("“六、其他需要报告的事项”与上一年度的相似度为 96%（达到 90%），内容雷同", findings[1].Message);
    }

    [Fact]
    public void GD505_lightly_edited_problems_and_improvements_still_repeat_last_year()
    {
        var edited = Current with { ProblemsAndImprovements = Previous.ProblemsAndImprovements.Replace("2021年", "2022年").Replace("2022年，市科技局将", "2023年，市科技局将") };

        var finding = ReportComparer.Compare(Previous, edited).Findings.Single(f => f.Path == "/problemsAndImprovements");

        Assert.Equal("GD505", finding.RuleId);
        Assert.InRange(finding.Actual!.Value, 0.9m, 0.999m);
    }

    [Fact]
    public void GD505_threshold_is_an_option_and_empty_sections_repeat_nothing()
    {
        Assert.DoesNotContain(ReportComparer.Compare(Previous, Current, new DiffOptions { SimilarityThreshold = 0.97 }).Findings, f => f.RuleId == "GD505");

        var empty = Current with { OtherMatters = "" };
        Assert.DoesNotContain(ReportComparer.Compare(Previous with { OtherMatters = "" }, empty).Findings, f => f.RuleId == "GD505");

        var english = ReportComparer.Compare(Previous, Current, new DiffOptions { Language = MessageLanguage.English }).Findings.Single(f => f.RuleId == "GD505");
        Assert.Equal("\"other matters\" is 96% similar to last year's (at least 90%): it repeats last year's text", english.Message);
    }

    [Fact]
    public void GD506_a_count_that_grew_more_than_fivefold_and_by_at_least_20()
    {
        var finding = ReportComparer.Compare(Previous, Current).Findings.Single(f => f.RuleId == "GD506");

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("二、主动公开政府信息情况 › 行政许可 › 本年处理决定数量 由 25 变为 164（增加 139，为上年的 6.6 倍）", finding.Message);
        Assert.Equal(164m, finding.Actual);

        var english = ReportComparer.Compare(Previous, Current, new DiffOptions { Language = MessageLanguage.English }).Findings.Single(f => f.RuleId == "GD506");
        Assert.Equal("Proactive disclosure › administrative licensing › decisions this year changed from 25 to 164 (up 139, 6.6 times last year's)", english.Message);
    }

    [Theory]
    [InlineData(164, 20, "由 164 变为 20（减少 144，为上年的 12.2%）")]
    [InlineData(0, 25, "由 0 变为 25（增加 25，上年为 0）")]
    [InlineData(164, 0, "由 164 变为 0（减少 164，本年为 0）")]
    public void GD506_messages_say_how_the_count_changed(long before, long after, string ending)
    {
        const string pointer = "/proactiveDisclosure/licensing/decisions";

        var finding = ReportComparer.Compare(With(Previous, pointer, before), With(Current, pointer, after)).Findings.Single(f => f.RuleId == "GD506");

        Assert.EndsWith(ending, finding.Message);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(100, 119)]
    [InlineData(100, 21)]
    public void GD506_small_or_moderate_changes_are_not_sharp(long before, long after)
    {
        const string pointer = "/proactiveDisclosure/punishment/decisions";

        var findings = ReportComparer.Compare(With(Previous, pointer, before), With(Current, pointer, after)).Findings;

        Assert.DoesNotContain(findings, f => f.Path == pointer);
    }

    [Fact]
    public void GD506_thresholds_are_options()
    {
        Assert.DoesNotContain(ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeFactor = 7 }).Findings, f => f.RuleId == "GD506");
        Assert.DoesNotContain(ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeMinimum = 140 }).Findings, f => f.RuleId == "GD506");
        var everyChange = ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeFactor = 1, SharpChangeMinimum = 0 });
        Assert.Equal(everyChange.Cells.Count, everyChange.Findings.Count(f => f.RuleId == "GD506"));
    }

    [Fact]
    public void Findings_are_ordered_by_document_position_then_rule()
    {
        var previous = With(With(Previous, "/proactiveDisclosure/normativeDocuments/inForce", 16), "/applications/carriedForward/total", 1);
        var current = Current with { Year = 2024, Agency = new Agency("哈尔滨市科技局") };

        var findings = ReportComparer.Compare(previous, current).Findings;

        Assert.Equal(["GD501", "GD502", "GD504", "GD506", "GD503", "GD505"], findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ReportComparer.Compare(null!, Current));
        Assert.Throws<ArgumentNullException>(() => ReportComparer.Compare(Previous, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SimilarityThreshold = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeFactor = 0.5m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeMinimum = -1 }));
    }
}
