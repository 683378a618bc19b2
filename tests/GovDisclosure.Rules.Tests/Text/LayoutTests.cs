using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Each layout real reports are published in, on a whole report written for the tests: every figure, the agency, the
/// year and the findings.
/// </summary>
public class LayoutTests
{
    private static readonly AnnualReport Fixture = Layouts.Fixture;
    private static readonly string Canonical = PublishedText.Export(Fixture);

    private static LoadResult Imported(string text)
    {
        var result = PublishedText.Import(text);
        Assert.NotNull(result.Report);
        Assert.Equal("青溪县交通运输局", result.Report!.Agency.Name);
        Assert.Equal(2023, result.Report.Year);
        return result;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void One_cell_per_line_as_a_browser_copies_a_table(bool pipes)
    {
        var text = Layouts.OneCellPerLine(Canonical, pipes);
        Assert.Contains(pipes ? "|\n规章 |\n\n 0  | \n" : "\n规章\n0\n", text);

        var result = Imported(text);

        SeedText.AssertSameReport(Fixture, result.Report);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Blank_cells_anywhere_in_a_row_one_row_a_line()
    {
        // Every zero blank: first cells of rows, last cells, every cell of a row, table C's first and last.
        var text = Layouts.BlankZeros(Canonical, _ => true);
        Assert.Contains("\n规章\t\t14\t28\n", text);

        var result = Imported(text);

        SeedText.AssertSameReport(Fixture, result.Report);
        var zeros = ReportForm.Cells.Where(c => c.GetValue(Fixture) == 0).Select(c => c.Pointer).ToArray();
        Assert.All(result.Findings, f => Assert.Equal(TextRules.BlankTakenAsZero.Id, f.RuleId));
        Assert.Equal(zeros.OrderBy(p => p, System.StringComparer.Ordinal), result.Findings.Select(f => f.Path).OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Blank_cells_one_cell_a_line_with_pipes()
    {
        var text = Layouts.BlankOneCellZeros(Layouts.OneCellPerLine(Canonical, pipes: true), i => i % 2 == 0);
        Assert.Contains("|\n规章 |\n\n| |\n", text);

        var result = Imported(text);

        SeedText.AssertSameReport(Fixture, result.Report);
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(TextRules.BlankTakenAsZero.Id, f.RuleId));
    }

    [Fact]
    public void A_page_that_dropped_its_empty_cells_is_not_guessed()
    {
        // One cell a line without pipes: the blank cells vanish; the rows they were in cannot be placed.
        var text = Layouts.BlankOneCellZeros(Layouts.OneCellPerLine(Canonical, pipes: false), _ => true);
        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var regulations = ReportForm.ProactiveDisclosureTable.Rows[0];
        var finding = Assert.Single(result.Findings, f => f.Path == regulations.Pointer);
        Assert.Equal(TextRules.BadFigures.Id, finding.RuleId);
        Assert.Contains("本年制发件数、本年废止件数、现行有效件数", finding.Message);
    }

    [Fact]
    public void Text_extracted_from_a_pdf()
    {
        var text = Layouts.PdfText(Canonical);
        Assert.Contains("\n规章 0 14 28\n", text);
        text = text.Replace("\n四、政府信息公开行政复议", "\n2020 年，本局收到的申请均已按期答复。\n四、政府信息公开行政复议");

        var result = Imported(text);

        SeedText.AssertSameReport(Fixture, result.Report);
        var skipped = Assert.Single(result.Findings);
        Assert.Equal(TextRules.LineSkipped.Id, skipped.RuleId);
        Assert.Contains("2020 年，本局", skipped.Message);
    }
}
