using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

public class ExportTests
{
    private static AnnualReport Seed => JsonDocuments.ExampleReport;

    private static string[] LinesOf(AnnualReport report) => PublishedText.Export(report).Split('\n');

    private static void AssertRoundTrip(AnnualReport report)
    {
        var result = PublishedText.Import(PublishedText.Export(report));
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        SeedText.AssertSameReport(report, result.Report);
    }

    [Fact]
    public void The_seed_exports_in_the_published_layout_with_nothing_escaped()
    {
        var lines = LinesOf(Seed);

        Assert.Equal("哈尔滨市科学技术局 2022 年政府信息公开工作年度报告", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(Seed.Preamble, lines[2]);
        Assert.Equal(ReportForm.Sections.Select(s => s.Title), lines.Where(l => ReportForm.Sections.Any(s => s.Title == l)));
        Assert.Equal(ReportForm.OverviewTopics.Select(t => t.Heading), lines.Where(l => ReportForm.OverviewTopics.Any(t => t.Heading == l)));
        Assert.DoesNotContain(lines, l => l.StartsWith("\\", StringComparison.Ordinal));
        Assert.Empty(PublishedText.Import(PublishedText.Export(Seed)).Findings);
    }

    [Fact]
    public void Paragraphs_are_separated_by_blank_lines()
    {
        var text = PublishedText.Export(Seed);
        Assert.Contains("六、其他需要报告的事项\n\n" + Seed.OtherMatters + "\n", text);
        Assert.Contains(Seed.ProblemsAndImprovements.Replace("\n", "\n\n"), text);
        Assert.EndsWith("\n", text);
    }

    [Fact]
    public void Every_table_row_carries_its_whole_label_path_tab_separated()
    {
        var lines = LinesOf(Seed);
        Assert.Contains("行政规范性文件\t4\t3\t18", lines);
        Assert.Contains("行政事业性收费\t0\t\t", lines);
        Assert.Contains("三、本年度办理结果\t（三）不予公开\t5.属于三类内部事务信息\t1\t0\t0\t0\t0\t0\t1", lines);
        Assert.Contains("三、本年度办理结果\t（六）其他处理\t3.其他\t1\t0\t0\t0\t0\t0\t1", lines);
        Assert.Contains("四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0", lines);
        foreach (var row in ReportForm.ApplicationsTable.Rows)
        {
            Assert.Single(lines, l => l.StartsWith(string.Join("\t", row.LabelPath) + "\t", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Table_C_is_three_header_lines_and_one_line_of_fifteen_numbers()
    {
        var lines = LinesOf(Seed);
        var at = Array.IndexOf(lines, ReportForm.ReviewsAndLitigationSection.Title);
        Assert.StartsWith("行政复议\t\t\t\t\t行政诉讼", lines[at + 2]);
        Assert.Equal("0\t0\t0\t0\t0\t0\t0\t2\t0\t2\t0\t0\t0\t0\t0", lines[at + 5]);
    }

    [Fact]
    public void Prose_that_would_read_as_a_heading_or_a_table_row_is_quoted()
    {
        var report = Seed with { OtherMatters = "一、总体情况\n（二）依申请公开情况\n\\@phone \"1\"\n\t缩进\n规章\t0\t0\t0" };
        var lines = LinesOf(report);
        Assert.Contains("\\\"一、总体情况\"", lines);
        Assert.Contains("\\\"\\\\@phone \\\"1\\\"\"", lines);
        Assert.Contains("\\\"\\t缩进\"", lines);
        AssertRoundTrip(report);
    }

    [Fact]
    public void A_paragraph_that_ends_no_sentence_is_quoted_unless_it_is_the_last()
    {
        var report = Seed with { ProblemsAndImprovements = "一是存在问题\n二是已经改进" };
        var lines = LinesOf(report);
        Assert.Contains("\\\"一是存在问题\"", lines);
        Assert.Contains("二是已经改进", lines);
        AssertRoundTrip(report);
    }

    [Fact]
    public void Null_and_empty_optional_texts_are_told_apart()
    {
        var report = Seed with
        {
            Preamble = "",
            Overview = Seed.Overview with { ProactiveDisclosure = null, RequestedDisclosure = "", Oversight = "\n" },
            OtherMatters = "",
        };
        var lines = LinesOf(report);
        Assert.Equal(Array.IndexOf(lines, ReportForm.OverviewSection.Title) - 2, Array.IndexOf(lines, "\\\"\""));
        Assert.DoesNotContain("（一）主动公开情况", lines);
        Assert.Contains("（二）依申请公开情况", lines);
        AssertRoundTrip(report);
        AssertRoundTrip(report with { Preamble = null });
    }

    [Fact]
    public void Contact_details_the_lead_in_does_not_state_become_directives()
    {
        var report = Seed with { Agency = Seed.Agency with { Phone = null, Website = "https://kjj.harbin.gov.cn" } };
        var lines = LinesOf(report);
        Assert.Contains("\\@phone null", lines);
        Assert.Contains("\\@website \"https://kjj.harbin.gov.cn\"", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("\\@address", StringComparison.Ordinal));
        AssertRoundTrip(report);
    }

    [Theory]
    [InlineData("哈尔滨市 科学技术局", 2022)]
    [InlineData("", 2022)]
    [InlineData("2021年改革办公室", 2022)]
    public void An_agency_or_a_year_the_title_cannot_carry_becomes_a_title_directive(string agency, int year)
    {
        var report = Seed with { Year = year, Agency = Seed.Agency with { Name = agency } };
        Assert.StartsWith("\\@title ", LinesOf(report)[0]);
        AssertRoundTrip(report);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public void A_year_the_reader_refuses_is_neither_exported_nor_imported(int year)
    {
        // Export gives the JSON writer's verdict; a title directive carrying such a year imports as JSON reads it: refused.
        var report = Seed with { Year = year };
        var refused = Assert.Throws<ArgumentException>(() => PublishedText.Export(report));
        Assert.Contains("/year", refused.Message, StringComparison.Ordinal);
        var text = PublishedText.Export(Seed).Split('\n');
        text[0] = "\\@title " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " \"科学技术局\"";
        var imported = PublishedText.Import(string.Join("\n", text));
        Assert.Null(imported.Report);
        Assert.Contains(imported.Findings, f => f.RuleId == "GDT006" && f.Path == "/year");
    }

    [Fact]
    public void Extensions_travel_as_a_directive()
    {
        var report = Seed with { Extensions = ReportExtensions.Parse("{\"portal\": {\"uploadId\": 42}}") };
        Assert.Contains("\\@extensions {\"portal\":{\"uploadId\":42}}", LinesOf(report));
        AssertRoundTrip(report);
    }

    [Fact]
    public void Markdown_renders_headings_and_tables_and_escapes_what_an_upload_could_inject()
    {
        var report = Seed with { OtherMatters = "<script>alert(1)</script> *强调* [链接](http://x)\n1. 列表\n- 项" };
        var markdown = PublishedText.ToMarkdown(report);
        var lines = markdown.Split('\n');

        Assert.Equal("# 哈尔滨市科学技术局 2022 年政府信息公开工作年度报告", lines[0]);
        Assert.Contains("## 三、收到和处理政府信息公开申请情况", lines);
        Assert.Contains("### （三）政府信息管理情况", lines);
        Assert.Contains("| 三、本年度办理结果 | （三）不予公开 | 5.属于三类内部事务信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", lines);
        Assert.Contains("| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 2 | 0 | 0 | 0 | 0 | 0 |", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith("| --- |", StringComparison.Ordinal)));
        Assert.Contains("\\<script\\>alert(1)\\</script\\> \\*强调\\* \\[链接\\](http://x)", lines);
        Assert.Contains("1\\. 列表", lines);
        Assert.Contains("\\- 项", lines);
    }

    [Fact]
    public void Markdown_states_contact_details_the_lead_in_does_not()
    {
        Assert.DoesNotContain("联系地址：", PublishedText.ToMarkdown(Seed).Split('\n').Where(l => !l.StartsWith("本年度报告", StringComparison.Ordinal)));
        var markdown = PublishedText.ToMarkdown(Seed with { Preamble = null });
        Assert.Contains("联系地址：哈尔滨市南岗区中山路181号市民大厦；联系电话：0451-82363412；网址：http://www.harbin.gov.cn", markdown);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PublishedText.Export(null!));
        Assert.Throws<ArgumentNullException>(() => PublishedText.ToMarkdown(null!));
        Assert.Throws<ArgumentNullException>(() => PublishedText.Import((string)null!));
        Assert.Throws<ArgumentNullException>(() => PublishedText.Import((byte[])null!));
    }
}
