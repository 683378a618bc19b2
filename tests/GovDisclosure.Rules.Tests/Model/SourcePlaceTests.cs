using System;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Model;

public class SourcePlaceTests
{
    [Theory]
    [InlineData(MessageLanguage.Chinese, "第 12 行第 3 列")]
    [InlineData(MessageLanguage.English, "line 12, column 3")]
    public void A_line_and_column_are_described_in_either_language(MessageLanguage language, string expected) =>
        Assert.Equal(expected, SourcePlace.AtLine(12, 3).Describe(language));

    [Theory]
    [InlineData(MessageLanguage.Chinese, "表格 2 第 5 行第 3 格")]
    [InlineData(MessageLanguage.English, "table 2, row 5, cell 3")]
    public void A_table_cell_is_described_in_either_language(MessageLanguage language, string expected) =>
        Assert.Equal(expected, SourcePlace.InTable(2, 5, 3).Describe(language));

    [Theory]
    [InlineData(MessageLanguage.Chinese, "第 3 页第 14 段")]
    [InlineData(MessageLanguage.English, "page 3, paragraph 14")]
    public void A_page_goes_first(MessageLanguage language, string expected) =>
        Assert.Equal(expected, SourcePlace.AtParagraph(14).OnPage(3).Describe(language));

    [Fact]
    public void Numbers_count_from_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SourcePlace.AtLine(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourcePlace.AtLine(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourcePlace.InTable(1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourcePlace.AtParagraph(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SourcePlace.AtLine(1).OnPage(0));
    }

    [Fact]
    public void Places_are_equal_by_value()
    {
        Assert.Equal(SourcePlace.InTable(1, 2, 3), SourcePlace.InTable(1, 2, 3));
        Assert.Equal(SourcePlace.InTable(1, 2, 3).GetHashCode(), SourcePlace.InTable(1, 2, 3).GetHashCode());
        Assert.NotEqual(SourcePlace.InTable(1, 2, 3), SourcePlace.InTable(1, 2, 4));
        Assert.NotEqual(SourcePlace.AtLine(2), SourcePlace.AtLine(2).OnPage(1));
    }

    [Fact]
    public void A_finding_at_a_table_cell_keeps_the_place_and_has_no_line()
    {
        var finding = new Finding("GD201", Severity.Error, "m", "/applications/received/total").WithPlace(SourcePlace.InTable(2, 5, 9));
        Assert.Null(finding.Line);
        Assert.Equal(SourcePlace.InTable(2, 5, 9), finding.Place);
        Assert.Equal(SourcePlace.InTable(2, 5, 9), finding.WithSeverity(Severity.Warning).Place);
        Assert.NotEqual(finding, new Finding("GD201", Severity.Error, "m", "/applications/received/total"));
        Assert.Contains("table 2, row 5, cell 9", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_located_by_line_has_that_line_as_its_place()
    {
        var finding = new Finding("GD201", Severity.Error, "m", "/x", line: 4, column: 2);
        Assert.Equal(SourcePlace.AtLine(4, 2), finding.Place);
        Assert.Equal(finding, new Finding("GD201", Severity.Error, "m", "/x").WithPlace(SourcePlace.AtLine(4, 2)));
        Assert.Null(new Finding("GD201", Severity.Error, "m", "/x").Place);
    }

    [Fact]
    public void The_source_map_locates_a_finding_at_a_place_that_is_not_a_line()
    {
        var map = new SourceMap();
        map.SetPlace("/applications/received", SourcePlace.InTable(2, 4, 1));
        var located = map.Locate(new Finding("GD201", Severity.Error, "m", "/applications/received/total"));
        Assert.Equal(SourcePlace.InTable(2, 4, 1), located.Place);
        Assert.False(map.TryLocate("/applications/received/total", out _, out _));
        Assert.Null(map.PlaceOf("/reviewsAndLitigation"));
    }

    [Fact]
    public void The_json_of_a_finding_names_a_place_that_is_not_a_line()
    {
        var finding = new Finding("GD201", Severity.Error, "m", "/applications/received/total").WithPlace(SourcePlace.InTable(2, 4, 8).OnPage(3));
        var json = new GovDisclosure.Rules.Validation.ValidationResult([finding]).ToJson();
        Assert.Contains("\"page\":3", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"table\":2", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\"line\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_block_takes_its_first_cell_s_place_and_joins_its_cells_by_tabs()
    {
        var row = ReportBlock.TableRow([new BlockCell("行政许可", SourcePlace.InTable(1, 6, 1)), new BlockCell("164", SourcePlace.InTable(1, 6, 2))]);
        Assert.Equal(BlockKind.TableRow, row.Kind);
        Assert.Equal("行政许可\t164", row.Text);
        Assert.Equal(SourcePlace.InTable(1, 6, 1), row.Place);
        Assert.Throws<ArgumentException>(() => ReportBlock.TableRow([]));
        Assert.Throws<ArgumentNullException>(() => ReportBlock.TableRow([null!]));
        Assert.Empty(ReportBlock.Paragraph("一、总体情况", SourcePlace.AtLine(3)).Cells);
    }
}
