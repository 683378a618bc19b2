using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>Input from anyone: nothing crashes the importer, and every rejection says where and why.</summary>
public class HostileTextTests
{
    private static LoadResult ImportBoth(string text)
    {
        var fromBytes = PublishedText.Import(Encoding.UTF8.GetBytes(text));
        var fromText = PublishedText.Import(text);
        Assert.Equal(fromText.Findings.Select(f => f.ToString()), fromBytes.Findings.Select(f => f.ToString()));
        Assert.All(fromText.Findings, f => Assert.True(f.Line >= 1, f.ToString()));
        return fromText;
    }

    [Fact]
    public void A_5_MB_single_line()
    {
        var result = ImportBoth(new string('字', 5 * 1024 * 1024 / 3));
        Assert.Null(result.Report);
        Assert.Equal(new[] { "GDT001", "GDT001", "GDT001", "GDT001", "GDT001", "GDT001", "GDT006", "GDT006" }, result.Findings.Select(f => f.RuleId).OrderBy(r => r));
    }

    [Fact]
    public void A_5_MB_line_inside_each_table_is_one_skipped_line()
    {
        var huge = string.Concat(Enumerable.Repeat("数据\t1\t", 5 * 1024 * 1024 / 12));
        foreach (var row in new[] { "规章", "一、本年新收", "0\t0\t0\t0\t0\t0\t0\t2" })
        {
            var result = ImportBoth(SeedText.Replace(row, SeedText.Lines.Single(l => l.TrimStart('\t').StartsWith(row, StringComparison.Ordinal)) + "\n" + huge));
            var finding = Assert.Single(result.Findings);
            Assert.Equal("GDT005", finding.RuleId);
            Assert.True(finding.Message.Length < 200);
        }
    }

    [Fact]
    public void A_5_MB_line_that_starts_with_a_row_label_is_that_row_with_too_many_figures()
    {
        var huge = string.Concat(Enumerable.Repeat("行政许可\t1\t", 5 * 1024 * 1024 / 18));
        var result = ImportBoth(SeedText.Replace("行政许可", huge));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.StartsWith("表格行“二、主动公开政府信息情况 › 行政许可”：应有 1 个数字，实有 ", finding.Message);
    }

    [Fact]
    public void Millions_of_tabs()
    {
        var tabs = new string('\t', 2_000_000);
        Assert.Equal(8, ImportBoth(tabs).Findings.Count);
        var inTable = ImportBoth(SeedText.Replace("规章", "规章\t0" + tabs + "0\t0"));
        var finding = Assert.Single(inTable.Findings);
        Assert.Equal("GDT004", finding.RuleId);
        Assert.Equal("表格行“二、主动公开政府信息情况 › 规章”：应有 3 个数字，实有 2000002 个", finding.Message);
        Assert.Empty(ImportBoth(SeedText.Replace("规章", "规章\t0\t0\t0" + tabs)).Findings);
    }

    [Fact]
    public void A_hundred_thousand_short_lines_inside_a_table_make_one_warning()
    {
        var lines = string.Concat(Enumerable.Repeat("x\n", 100_000));
        var finding = Assert.Single(ImportBoth(SeedText.Replace("行政许可", "行政许可\t164\n" + lines)).Findings);
        Assert.Contains("100000", finding.Message);
    }

    [Fact]
    public void Headings_only()
    {
        var text = string.Join("\n\n", ReportForm.Sections.Select(s => s.Title));
        var result = ImportBoth(text);
        Assert.Null(result.Report);
        Assert.Equal(ReportForm.Rows.Count, result.Findings.Count(f => f.RuleId == "GDT002"));
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "GDT006"));
        Assert.All(result.Findings.Where(f => f.Path.StartsWith("/applications/", StringComparison.Ordinal)), f => Assert.Equal(5, f.Line));
    }

    [Fact]
    public void Tables_without_sections()
    {
        var text = string.Join("\n", SeedText.Lines.Where(l => ReportForm.Sections.All(s => l.Trim() != s.Title)));
        var result = ImportBoth(text);
        Assert.Null(result.Report);
        Assert.Equal(ReportForm.Sections.Select(s => s.Pointer), result.Findings.Where(f => f.RuleId == "GDT001").Select(f => f.Path));
    }

    [Fact]
    public void A_heading_repeated_a_hundred_thousand_times_between_junk_lines_keeps_the_findings_few()
    {
        var text = SeedText.Text + string.Concat(Enumerable.Repeat("\n二、主动公开政府信息情况\nx\t1", 100_000));
        var result = ImportBoth(text);
        Assert.True(result.Findings.Count < 50, result.Findings.Count.ToString());
    }

    [Fact]
    public void Random_bytes_are_refused_or_read_but_never_throw()
    {
        var random = new Random(20230116);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 1 << 20)];
            random.NextBytes(bytes);
            var result = PublishedText.Import(bytes);
            Assert.Null(result.Report);
            Assert.Contains(result.Findings, f => f.RuleId == "GDT006");
        }
    }

    [Fact]
    public void A_deeply_nested_extensions_directive_stays_text()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var result = ImportBoth(SeedText.Text.Replace("一、总体情况", "\\@extensions {\"a\":" + nested + "}\n一、总体情况"));
        Assert.Null(result.Report!.Extensions);
        Assert.EndsWith(nested + "}", result.Report.Preamble);
    }

    [Property(MaxTest = 200)]
    public void Any_string_imports_without_an_exception(NonNull<string> text) =>
        Assert.NotNull(PublishedText.Import(text.Get).Findings);

    [Property(MaxTest = 200)]
    public void Any_bytes_import_without_an_exception(NonNull<byte[]> bytes) =>
        Assert.NotNull(PublishedText.Import(bytes.Get).Findings);

    public static Arbitrary<string> AwkwardText() => Arb.From(AnyReport.Text.ArrayOf().Select(string.Concat));

    [Property(Arbitrary = new[] { typeof(HostileTextTests) }, MaxTest = 200)]
    public void Awkward_text_spliced_into_the_seed_imports_without_an_exception(string splice, PositiveInt at)
    {
        var seed = SeedText.Text;
        var text = seed.Insert(at.Get % seed.Length, splice);
        var result = PublishedText.Import(text);
        Assert.Equal(result.HasErrors, result.Report is null);
    }

    [Property(MaxTest = 200)]
    public void Any_byte_changed_in_the_seed_imports_without_an_exception(PositiveInt at, byte value)
    {
        var bytes = Encoding.UTF8.GetBytes(SeedText.Text);
        bytes[at.Get % bytes.Length] = value;
        var result = PublishedText.Import(bytes);
        Assert.Equal(result.HasErrors, result.Report is null);
    }
}
