using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>The seed written the ways real extractions write it: each variation imports to the same report.</summary>
public class SeedVariationTests
{
    private static void AssertImportsAsSeed(string text)
    {
        var result = PublishedText.Import(text);
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
    }

    private static bool IsTableLine(string line) => line.IndexOf('\t') >= 0 || (line.Length > 0 && char.IsDigit(line[0]) && line.All(c => char.IsDigit(c) || c == '\t'));

    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Spaces_instead_of_tabs(string separator) =>
        AssertImportsAsSeed(SeedText.Text.Replace("\t", separator));

    [Fact]
    public void Markdown_pipes_with_a_rule_line_under_each_table_header()
    {
        var lines = SeedText.Lines.ToList();
        var piped = lines.Select(l => IsTableLine(l) ? "| " + l.Replace("\t", " | ") + " |" : l).ToList();
        foreach (var heading in new[] { "第二十条第（一）项", "(本列数据", "行政复议" })
        {
            var at = piped.FindIndex(l => l.StartsWith("| " + heading, StringComparison.Ordinal));
            Assert.True(at >= 0, heading);
            piped.Insert(at + 1, "| --- | :---: | ---: |");
        }

        AssertImportsAsSeed(string.Join("\n", piped));
    }

    [Fact]
    public void CRLF_line_ends() => AssertImportsAsSeed(SeedText.Text.Replace("\n", "\r\n"));

    [Fact]
    public void CR_line_ends() => AssertImportsAsSeed(SeedText.Text.Replace("\n", "\r"));

    [Fact]
    public void Full_width_digits_in_the_title_and_the_tables()
    {
        static string FullWidth(string line) => new(line.Select(c => c >= '0' && c <= '9' ? (char)(c - '0' + '０') : c).ToArray());
        var lines = SeedText.Lines.Select(l => IsTableLine(l) || l.StartsWith("哈尔滨市科学技术局 2022", StringComparison.Ordinal) ? FullWidth(l) : l);
        AssertImportsAsSeed(string.Join("\n", lines));
    }

    [Fact]
    public void Half_width_brackets_in_sub_headings_and_full_width_in_table_labels()
    {
        var text = SeedText.Text.Replace("（一）主动公开情况", "(一)主动公开情况").Replace("（五）监督保障情况", "(五) 监督保障情况")
            .Replace("(一) 予以公开", "（一）予以公开").Replace("(七) 总计", "（七）总计").Replace("部分公开(区分处理的, 只计这一情形, 不计其他情形)", "部分公开（区分处理的，只计这一情形，不计其他情形）");
        AssertImportsAsSeed(text);
    }

    [Fact]
    public void A_paragraph_broken_across_lines_is_joined_again()
    {
        // The seed breaks （四） once already; break 五's first paragraph twice more, with and without a blank line.
        var text = SeedText.Text
            .Replace("取得了一定的成绩，但仍存在一些问题，", "取得了一定的成绩，\n但仍存在一些问题，\n\n")
            .Replace("二是依申请公开", "二是依申\n\n请公开");
        AssertImportsAsSeed(text);
    }

    [Fact]
    public void A_title_broken_over_two_lines_and_an_index_line_above_it()
    {
        var text = SeedText.Text.Replace("哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告", "索引号：001-2023-0001\n哈尔滨市科学技术局 2022 年政府信息公开\n\n工作年度报告");
        AssertImportsAsSeed(text);
    }

    [Theory]
    [InlineData("2022 年哈尔滨市科学技术局政府信息公开工作年度报告")]
    [InlineData("哈尔滨市科学技术局二〇二二年政府信息公开工作年度报告")]
    [InlineData("# 哈尔滨市科学技术局2022年度政府信息公开工作年度报告")]
    public void Other_title_wordings(string title) =>
        AssertImportsAsSeed(SeedText.Text.Replace("哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告", title));

    public static TheoryData<string, string> HeadingVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var section in ReportForm.Sections)
        {
            foreach (var variant in section.HeadingVariants)
            {
                data.Add(section.Title, section.Number + "、" + variant);
            }

            data.Add(section.Title, "## " + section.Number + "、 " + section.Heading + "：");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeadingVariants))]
    public void Each_heading_variant(string heading, string variant) =>
        AssertImportsAsSeed(SeedText.Replace(heading, variant));

    [Theory]
    [InlineData("（一）主动公开信息情况")]
    [InlineData("（一）、主动公开情况：")]
    [InlineData("**(一)主动公开情况**")]
    public void Sub_heading_variants_match_by_ordinal_and_keyword(string variant) =>
        AssertImportsAsSeed(SeedText.Replace("（一）主动公开情况", variant));

    [Theory]
    [InlineData("(三) 不予公开\t1.属于国家秘密", "1.属于国家秘密")]
    [InlineData("三、本年度办理结果\t(一) 予以公开", "(一) 予以公开")]
    [InlineData("(五) 不予处理\t1.信访举报投诉类申请", "1.信访举报投诉类申请")]
    [InlineData("(六) 其他处理\t1.申请人无正当理由", "1.申请人无正当理由")]
    public void A_row_that_lost_its_leading_cells(string label, string shortened)
    {
        var line = SeedText.Lines.Single(l => l.TrimStart('\t').StartsWith(label, StringComparison.Ordinal));
        AssertImportsAsSeed(SeedText.Text.Replace(line, line.TrimStart('\t').Replace(label, shortened)));
    }

    [Fact]
    public void The_3_其他_row_is_never_taken_for_another_row()
    {
        // 3.其他 is the seed's row that lost its leading cells; put a different figure in it and only that row changes.
        var text = SeedText.Replace("3.其他", "3.其他\t\t1\t2\t0\t0\t0\t0\t3\t");
        var result = PublishedText.Import(text);
        var expected = JsonDocuments.ExampleReport with
        {
            Applications = JsonDocuments.ExampleReport.Applications with
            {
                Outcomes = JsonDocuments.ExampleReport.Applications.Outcomes with
                {
                    OtherHandling = JsonDocuments.ExampleReport.Applications.Outcomes.OtherHandling with
                    {
                        Other = new ApplicantCounts { NaturalPersons = 1, CommercialEnterprises = 2, Total = 3 },
                    },
                },
            },
        };
        SeedText.AssertSameReport(expected, result.Report);
    }

    [Fact]
    public void Labels_spread_over_a_line_of_their_own_and_the_figures_on_the_next()
    {
        var text = SeedText.Replace("行政规范性文件", "行政规范性文件\n4\t3\t18");
        AssertImportsAsSeed(text);
    }

    [Fact]
    public void Column_headers_one_per_line_are_headers_even_when_they_read_like_a_row()
    {
        // 总计 alone is table B's total column, not the row （七）总计: taking it for that row would carry the search
        // past 3.其他, whose line here has lost its ordinal too.
        var header = SeedText.Lines.Single(l => l.TrimStart('\t').StartsWith("商业企业", StringComparison.Ordinal));
        var text = SeedText.Replace(("商业企业", header + "\n科研机构\n其他\n总计"), ("3.其他", "其他\t\t1\t0\t0\t0\t0\t0\t1\t"));
        var result = PublishedText.Import(text);
        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
    }

    [Fact]
    public void Table_C_as_three_labelled_rows()
    {
        var text = SeedText.Replace("0\t0\t0\t0\t0\t0\t0\t2", "行政复议\t0\t0\t0\t0\t0\n行政诉讼\t未经复议直接起诉\t0\t0\t2\t0\t2\n复议后起诉\t0\t0\t0\t0\t0");
        AssertImportsAsSeed(text);
    }

    [Fact]
    public void The_本年度止件数_misprint_and_the_correct_header_both_read_without_a_warning()
    {
        Assert.Contains("本年度止件数", SeedText.Text);
        Assert.Empty(PublishedText.Import(SeedText.Text).Findings);
        var corrected = PublishedText.Import(SeedText.Text.Replace("本年度止件数", "本年废止件数"));
        Assert.Empty(corrected.Findings);
    }

    [Fact]
    public void Thousands_separators_and_greyed_out_cells_of_narrower_rows()
    {
        var result = PublishedText.Import(SeedText.Replace("行政许可", "行政许可\t1,164\t—\t—"));
        Assert.Empty(result.Findings);
        Assert.Equal(1164, result.Report!.ProactiveDisclosure.Licensing.Decisions);
    }

    [Fact]
    public void Blank_cells_and_blank_marks_read_as_zero_with_a_GDT003_warning_each()
    {
        var text = SeedText.Replace(
            ("规章", "规章\t—\t-\t/"),
            ("行政处罚", "行政处罚\t无\t\t"),
            ("二、上年结转", "二、上年结转政府信息公开申请数量\t\t0\t0\t\t0\t0\t0\t0\t"));
        var result = PublishedText.Import(text);

        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
        Assert.All(result.Findings, f => Assert.Equal("GDT003", f.RuleId));
        Assert.Equal(
            new[]
            {
                "/proactiveDisclosure/regulations/issued", "/proactiveDisclosure/regulations/repealed", "/proactiveDisclosure/regulations/inForce",
                "/proactiveDisclosure/punishment/decisions", "/applications/carriedOver/researchInstitutions",
            },
            result.Findings.Select(f => f.Path));
        var lines = SeedText.Lines;
        Assert.Equal(Array.FindIndex(lines, l => l.StartsWith("规章", StringComparison.Ordinal)) + 1, result.Findings[0].Line);
        Assert.Equal("“二、主动公开政府信息情况 › 规章 › 本年制发件数”为“—”，按 0 处理", result.Findings[0].Message);
        Assert.Equal("“三、收到和处理政府信息公开申请情况 › 二、上年结转政府信息公开申请数量 › 科研机构”为空白，按 0 处理", result.Findings[4].Message);
    }

    [Fact]
    public void The_seed_read_from_its_Markdown_rendering_has_every_figure()
    {
        var result = PublishedText.Import(PublishedText.ToMarkdown(JsonDocuments.ExampleReport));
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        Assert.All(ReportForm.Cells, c => Assert.Equal(c.GetValue(JsonDocuments.ExampleReport), c.GetValue(result.Report!)));
        Assert.Equal(JsonDocuments.ExampleReport.Agency.Name, result.Report!.Agency.Name);
        Assert.Equal(JsonDocuments.ExampleReport.Year, result.Report.Year);
    }
}
