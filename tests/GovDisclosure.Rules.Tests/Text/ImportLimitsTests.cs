using System;
using System.Linq;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Text import's limits (GDT009) and what it refuses because the JSON reader would: import and read accept the same
/// reports.
/// </summary>
public class ImportLimitsTests
{
    private const string Problems = "五、存在的主要问题及改进情况";

    private static string WithProblemsLine(string line)
    {
        var text = SeedText.Text;
        var heading = text.IndexOf("\n五、", StringComparison.Ordinal);
        var end = text.IndexOf('\n', heading + 1);
        return text.Substring(0, end + 1) + line + "\n" + text.Substring(end + 1);
    }

    [Fact]
    public void The_defaults_are_documented_values()
    {
        Assert.Equal(8 * 1024 * 1024, TextImportOptions.Default.MaxCharacters);
        Assert.Equal(4 * 1024 * 1024, TextImportOptions.Default.MaxLineLength);
        Assert.Equal(1024 * 1024, TextImportOptions.Default.MaxLines);
    }

    [Fact]
    public void A_text_past_the_size_limit_is_one_GDT009_and_nothing_read()
    {
        var result = PublishedText.Import(WithProblemsLine(new string('a', 10 * 1024 * 1024)));

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT009", finding.RuleId);
        Assert.Equal((1, 1), (finding.Line, finding.Column));
        Assert.Contains("8,388,608", finding.Message);
    }

    [Fact]
    public void Bytes_past_the_size_limit_are_refused_before_decoding()
    {
        var options = new TextImportOptions { MaxCharacters = 1000 };
        var finding = Assert.Single(PublishedText.Import(new byte[4004], options).Findings);
        Assert.Equal("GDT009", finding.RuleId);
        Assert.Single(PublishedText.Import(System.Text.Encoding.UTF8.GetBytes(new string('a', 1001)), options).Findings, f => f.RuleId == "GDT009");
    }

    [Fact]
    public void A_line_past_the_line_limit_is_one_GDT009_at_that_line_and_column()
    {
        var text = WithProblemsLine(new string('字', 5000));
        var line = text.Split('\n').ToList().FindIndex(l => l.Length == 5000) + 1;

        var result = PublishedText.Import(text, new TextImportOptions { MaxLineLength = 4096, Language = MessageLanguage.English });

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT009", line, 4097), (finding.RuleId, finding.Line, finding.Column));
        Assert.Contains("5,000 characters, past the limit of 4,096 a line", finding.Message);
    }

    [Fact]
    public void Lines_past_the_limit_are_one_GDT009()
    {
        var lines = SeedText.Text.Split('\n').Length;
        var result = PublishedText.Import(SeedText.Text, new TextImportOptions { MaxLines = lines - 1 });
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT009", lines), (finding.RuleId, finding.Line));
        Assert.NotNull(PublishedText.Import(SeedText.Text, new TextImportOptions { MaxLines = lines }).Report);
    }

    [Fact]
    public void A_year_the_JSON_reader_refuses_is_not_imported()
    {
        var text = SeedText.Text.Replace("哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告", "哈尔滨市科学技术局 99999 年政府信息公开工作年度报告", StringComparison.Ordinal);

        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT006", "/year", 3), (finding.RuleId, finding.Path, finding.Line));
        Assert.Contains("99999", finding.Message);
    }

    [Fact]
    public void A_prose_line_longer_than_a_JSON_string_may_be_is_not_imported()
    {
        var text = WithProblemsLine(new string('字', JsonReadOptions.DefaultMaxStringLength + 1));
        var line = text.Split('\n').ToList().FindIndex(l => l.Length > 1000) + 1;

        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT009", "/problemsAndImprovements"), (finding.RuleId, finding.Path));
        Assert.True(finding.Line <= line && finding.Column is not null, finding.ToString());
        Assert.Contains("超过 JSON 字符串 1,048,576 个字符的上限", finding.Message);
    }

    [Fact]
    public void A_report_whose_JSON_would_be_larger_than_the_reader_takes_is_not_imported()
    {
        // Three texts of a million characters each: every one within the string limit, their JSON past 4 MiB.
        var text = SeedText.Text;
        var million = new string('字', 1_000_000);
        foreach (var heading in new[] { "\n一、", "\n五、", "\n六、" })
        {
            var at = text.IndexOf('\n', text.IndexOf(heading, StringComparison.Ordinal) + 1);
            text = text.Substring(0, at + 1) + million + "\n" + text.Substring(at + 1);
        }

        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT009", finding.RuleId);
        Assert.Contains(JsonReadOptions.DefaultMaxDocumentBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), finding.Message);
    }
}
