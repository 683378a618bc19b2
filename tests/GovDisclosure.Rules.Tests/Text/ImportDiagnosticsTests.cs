using System;
using System.Linq;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>Each GDT rule, found where the problem is: its line in the source, its pointer, its message.</summary>
public class ImportDiagnosticsTests
{
    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Split('\n'), l => l.TrimStart('\t').StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void GDT001_a_missing_section_heading_is_located_at_the_next_heading()
    {
        var text = SeedText.Replace("一、总体情况", "一、概述");
        var result = PublishedText.Import(text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT001", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("/overview", finding.Path);
        Assert.Equal(LineOf(text, "二、主动公开政府信息情况"), finding.Line);
        Assert.Equal("找不到章节标题“一、总体情况”", finding.Message);
        Assert.Null(result.Report);
    }

    [Fact]
    public void Prose_after_a_table_whose_next_heading_is_missing_is_skipped_as_table_lines()
    {
        var text = SeedText.Replace("五、政府信息公开工作存在的主要问题及改进情况", "五、工作中的不足");
        var findings = PublishedText.Import(text).Findings;
        Assert.Equal(new[] { "GDT005", "GDT001" }, findings.Select(f => f.RuleId));
        Assert.Equal(LineOf(text, "五、工作中的不足"), findings[0].Line);
        Assert.Equal("表格中有 3 行无法识别，已跳过，第一行为“五、工作中的不足”", findings[0].Message);
    }

    [Fact]
    public void GDT001_the_last_section_missing_is_located_at_the_last_line()
    {
        var text = SeedText.Replace("六、其他需要报告的事项", "");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("/otherMatters", finding.Path);
        Assert.Equal(text.TrimEnd().Split('\n').Length, finding.Line);
    }

    [Fact]
    public void GDT002_a_missing_row_is_located_where_the_next_row_was_found()
    {
        var text = SeedText.Replace("2.重复申请", "");
        var result = PublishedText.Import(text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT002", finding.RuleId);
        Assert.Equal("/applications/outcomes/notProcessed/repeatedApplications", finding.Path);
        Assert.Equal(LineOf(text, "3.要求提供公开出版物"), finding.Line);
        Assert.Equal("找不到表格行“三、收到和处理政府信息公开申请情况 › 2.重复申请”", finding.Message);
    }

    [Fact]
    public void GDT004_a_row_with_a_figure_too_few()
    {
        var text = SeedText.Replace("行政规范性文件", "行政规范性文件\t4\t3");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.Equal("/proactiveDisclosure/normativeDocuments", finding.Path);
        Assert.Equal(LineOf(text, "行政规范性文件"), finding.Line);
        Assert.Equal("表格行“二、主动公开政府信息情况 › 行政规范性文件”：应有 3 个数字，实有 2 个，无法确定缺少的是哪些格（本年制发件数、本年废止件数、现行有效件数）", finding.Message);
    }

    [Theory]
    [InlineData("4\t十一\t18", "/proactiveDisclosure/normativeDocuments/repealed", "十一")]
    [InlineData("四\t3\t18", "/proactiveDisclosure/normativeDocuments/issued", "四")]
    [InlineData("4\t1.5\t18", "/proactiveDisclosure/normativeDocuments/repealed", "1.5")]
    [InlineData("4\t3\t9007199254740992", "/proactiveDisclosure/normativeDocuments/inForce", "9007199254740992")]
    public void GDT004_a_figure_that_is_not_a_count(string figures, string pointer, string figure)
    {
        var text = SeedText.Replace("行政规范性文件", "行政规范性文件\t" + figures);
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.Equal(pointer, finding.Path);
        Assert.Contains("“" + figure + "”不是 0 至 9007199254740991 的整数", finding.Message);
    }

    [Fact]
    public void GDT004_a_fee_that_is_not_a_number()
    {
        var finding = Assert.Single(PublishedText.Import(SeedText.Replace("行政事业性收费", "行政事业性收费\t0.5\t3")).Findings);
        Assert.Equal("/proactiveDisclosure/fees", finding.Path);
        var amount = PublishedText.Import(SeedText.Replace("行政事业性收费", "行政事业性收费\t12.3456"));
        Assert.Equal(12.3456m, amount.Report!.ProactiveDisclosure.Fees.AmountTenThousandYuan);
    }

    [Fact]
    public void GDT004_table_C_with_fourteen_numbers()
    {
        var text = SeedText.Replace("0\t0\t0\t0\t0\t0\t0\t2", "0\t0\t0\t0\t0\t0\t0\t2\t0\t2\t0\t0\t0\t0");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.Equal("/reviewsAndLitigation", finding.Path);
        Assert.Equal("表格行“四、政府信息公开行政复议、行政诉讼情况”：应有 15 个数字，实有 14 个", finding.Message);
    }

    [Fact]
    public void GDT004_a_label_whose_figures_never_came()
    {
        var text = SeedText.Replace("规章", "规章");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.Equal("/proactiveDisclosure/regulations", finding.Path);
        Assert.Equal(LineOf(text, "规章"), finding.Line);
    }

    [Fact]
    public void GDT005_lines_a_table_does_not_understand_make_one_warning_per_run()
    {
        var text = SeedText.Replace(("规章", "注：本表数据来自政务服务平台\n合计\t4\t3\t18\n规章\t0\t0\t0"), ("行政许可", "行政许可\t164\n说明"));
        var result = PublishedText.Import(text);

        Assert.False(result.HasErrors);
        Assert.Equal(2, result.Findings.Count);
        Assert.All(result.Findings, f => Assert.Equal("GDT005", f.RuleId));
        Assert.All(result.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(LineOf(text, "注：本表"), result.Findings[0].Line);
        Assert.Equal("表格中有 2 行无法识别，已跳过，第一行为“注：本表数据来自政务服务平台”", result.Findings[0].Message);
        Assert.Equal(LineOf(text, "说明"), result.Findings[1].Line);
        Assert.Equal("/proactiveDisclosure", result.Findings[1].Path);
    }

    [Fact]
    public void GDT005_quotes_at_most_forty_characters_of_a_long_line()
    {
        var text = SeedText.Replace("行政许可", "行政许可\t164\n" + new string('字', 1000));
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Contains("“" + new string('字', 40) + "…”", finding.Message);

        var emoji = "a" + string.Concat(Enumerable.Repeat("😀", 30));
        var cut = Assert.Single(PublishedText.Import(SeedText.Replace("行政许可", "行政许可\t164\n" + emoji)).Findings);
        Assert.Contains("“a" + string.Concat(Enumerable.Repeat("😀", 19)) + "…”", cut.Message);
    }

    [Fact]
    public void GDT006_a_title_without_a_year()
    {
        var text = SeedText.Text.Replace("哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告", "哈尔滨市科学技术局政府信息公开工作年度报告");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal("GDT006", finding.RuleId);
        Assert.Equal("/year", finding.Path);
        Assert.Equal(3, finding.Line);
        Assert.Equal("无法读出标题：找不到年度", finding.Message);
    }

    [Fact]
    public void GDT006_no_title_at_all()
    {
        var text = SeedText.Text.Replace("哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告", "");
        var result = PublishedText.Import(text);
        Assert.Equal(new[] { "/agency/name", "/year" }, result.Findings.Select(f => f.Path));
        Assert.All(result.Findings, f => Assert.Equal("GDT006", f.RuleId));
    }

    [Fact]
    public void Messages_in_English()
    {
        var text = SeedText.Replace(("规章", "规章\t—\t0\t0"), ("一、总体情况", "一、概述"), ("行政许可", "行政许可\t16.4"));
        var findings = PublishedText.Import(text, new TextImportOptions { Language = MessageLanguage.English }).Findings.ToDictionary(f => f.RuleId, f => f.Message);
        Assert.Equal("\"Proactive disclosure › regulations › issued this year\" is \"—\" and was taken as 0", findings["GDT003"]);
        Assert.Equal("Table row \"Proactive disclosure › administrative licensing › decisions this year\": \"16.4\" is not a whole number from 0 to 9007199254740991", findings["GDT004"]);
        Assert.Equal("The section heading \"一、总体情况 (Overview)\" cannot be found", findings["GDT001"]);
    }

    [Fact]
    public void Findings_are_ordered_by_line_and_the_report_comes_only_without_errors()
    {
        var text = SeedText.Replace(("规章", "规章\t—\t0\t0"), ("行政许可", "行政许可\t—"));
        var result = PublishedText.Import(text);
        Assert.Equal(result.Findings.OrderBy(f => f.Line), result.Findings);
        Assert.NotNull(result.Report);

        var broken = PublishedText.Import(SeedText.Replace(("规章", "规章\t—\t0\t0"), ("行政许可", "行政许可\tx")));
        Assert.Null(broken.Report);
        Assert.Contains(broken.Findings, f => f.RuleId == "GDT003");
    }
}
