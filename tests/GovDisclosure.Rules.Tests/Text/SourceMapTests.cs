using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>An imported text records where each part stood, so that validation findings point into the text.</summary>
public class TextSourceMapTests
{
    private static (int Line, int Column) Where(string text, string lineStart, string cell)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart('\t').StartsWith(lineStart, StringComparison.Ordinal));
        Assert.True(index >= 0, lineStart);
        return (index + 1, lines[index].IndexOf(cell, StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Every_cell_and_text_of_the_seed_is_located()
    {
        var map = PublishedText.Import(SeedText.Text).SourceMap;
        Assert.NotNull(map);
        Assert.All(ReportForm.Cells, c => Assert.True(map!.TryLocate(c.Pointer, out _, out _), c.Pointer));
        Assert.All(ReportForm.Texts, t => Assert.True(map!.TryLocate(t.Pointer, out _, out _), t.Pointer));

        Assert.True(map!.TryLocate("/applications/outcomes/withheld/internalAffairs/total", out var line, out var column));
        var row = Where(SeedText.Text, "5.属于三类内部事务信息", "5.");
        var rowText = SeedText.Lines[row.Line - 1];
        Assert.Equal((row.Line, rowText.LastIndexOf('\t') + 2), (line, column));
        Assert.True(map.TryLocate("/reviewsAndLitigation/litigationWithoutReview/other", out line, out column));
        Assert.Equal((Where(SeedText.Text, "0\t0\t0\t0\t0\t0\t0\t2", "0").Line, 15), (line, column));
        Assert.True(map.TryLocate("/overview/informationManagement", out line, out _));
        Assert.Equal(Where(SeedText.Text, "（三）优化政府信息管理情况", "（").Line, line);
        Assert.True(map.TryLocate("/year", out line, out _));
        Assert.Equal(3, line);
    }

    [Fact]
    public void A_validation_finding_is_located_in_the_text_it_came_from()
    {
        var text = SeedText.Replace("四、结转下年度继续办理", "四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1\t");
        var imported = PublishedText.Import(text);
        var findings = new ReportValidator().Validate(imported.Report!).Findings.Select(imported.SourceMap!.Locate).ToList();

        var balance = Assert.Single(findings, f => f.RuleId == "GD203" && f.Path == "/applications/carriedForward/naturalPersons");
        Assert.Equal(Where(text, "四、结转下年度继续办理", "1"), (balance.Line!.Value, balance.Column!.Value));
    }

    [Fact]
    public void Import_findings_about_a_cell_carry_its_column()
    {
        var text = SeedText.Replace("规章", "规章\t0\t—\t0");
        var finding = Assert.Single(PublishedText.Import(text).Findings);
        Assert.Equal(Where(text, "规章", "—"), (finding.Line!.Value, finding.Column!.Value));
    }

    [Fact]
    public void No_map_comes_with_an_error()
    {
        Assert.Null(PublishedText.Import("").SourceMap);
    }
}
