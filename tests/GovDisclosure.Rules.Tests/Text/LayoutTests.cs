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

/// <summary>Layouts 3 (titles), 4 (headings) and 5 (traditional characters) on the report written for the tests.</summary>
public class TitleAndHeadingLayoutTests
{
    private static readonly AnnualReport Fixture = Layouts.Fixture;
    private static readonly string Canonical = PublishedText.Export(Fixture);
    private const string Title = "青溪县交通运输局 2023 年政府信息公开工作年度报告";

    private static void AssertImportsAsFixture(string text)
    {
        var result = PublishedText.Import(text);
        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(Fixture, result.Report);
    }

    [Theory]
    [InlineData("首页 | 政务公开\n当前位置：首页 > 政务公开 > 政府信息公开年度报告 >\n字号：大 中 小\n" + Title)]
    [InlineData("Page 1 - " + Title)]
    [InlineData("Page 1 of 9 – 青溪县交通运输局\n2023年政府信息公开工作年度报告")]
    [InlineData("2023年度\n青溪县交通运输局政府信息公开工作年度报告")]
    [InlineData("青溪县交通运输局政府信息公开工作年度报告\n（2023年度）")]
    [InlineData("2023年\n青溪县交通运输局2023年政府信息公开工作年度报告\n2023年")]
    [InlineData("青溪县交通运输局\n2023年度\n政府信息公开工作年度报告")]
    public void Titles_under_site_chrome_with_a_viewer_prefix_or_over_lines_in_either_order(string title)
    {
        Assert.StartsWith(Title + "\n", Canonical);
        AssertImportsAsFixture(title + Canonical.Substring(Title.Length));
    }

    [Theory]
    [InlineData("当前位置：首页 > 政务公开 > 政府信息公开年度报告 >")]
    [InlineData("根据《中华人民共和国政府信息公开条例》规定，现将青溪县交通运输局2023年政府信息公开工作年度报告如下：")]
    [InlineData("Page 8 -")]
    public void A_breadcrumb_a_viewer_prefix_or_a_lead_in_is_never_the_agency(string line)
    {
        var result = PublishedText.Import(line + Canonical.Substring(Title.Length));

        Assert.Null(result.Report);
        var agency = Assert.Single(result.Findings, f => f.Path == ReportForm.AgencyName.Pointer);
        Assert.Equal(TextRules.TitleNotRead.Id, agency.RuleId);
    }

    [Fact]
    public void Headings_numbered_in_arabic_with_or_without_a_mark_and_in_other_wording()
    {
        var text = Layouts.ArabicNumbering(Canonical)
            .Replace("4政府信息公开行政复议、行政诉讼情况", "4因政府信息公开工作被申请行政复议提起行政诉讼情况");
        Assert.Contains("\n1、总体情况\n", text);
        Assert.Contains("\n3．收到和处理政府信息公开申请情况\n", text);
        Assert.Contains("\n4因政府信息公开工作被申请行政复议提起行政诉讼情况\n", text);

        AssertImportsAsFixture(text);
    }

    [Fact]
    public void Headings_run_together_with_their_text()
    {
        var lines = Canonical.Split('\n').ToList();
        string JoinWithNext(string heading)
        {
            var at = lines.IndexOf(heading);
            var joined = heading + lines[at + 2];
            lines.RemoveRange(at, 3);
            lines.Insert(at, joined);
            return joined;
        }

        JoinWithNext("一、总体情况");
        JoinWithNext("（一）主动公开情况");
        JoinWithNext("（三）政府信息管理情况");

        // 五 and 六 and their text on one long line.
        var five = lines.FindIndex(l => l.StartsWith("五、", System.StringComparison.Ordinal));
        var oneLine = string.Join(" ", lines.Skip(five).Where(l => l.Length > 0));
        lines = [.. lines.Take(five), oneLine];
        Assert.Contains("情况2022 年，", string.Join("\n", lines));
        Assert.Contains("改进情况 2023 年，本局政府信息公开工作仍存在栏目更新不及时的问题，下一步将建立更新台账。 六、其他需要报告的事项 本局", oneLine);

        AssertImportsAsFixture(string.Join("\n", lines));
    }

    [Fact]
    public void Traditional_headings_and_labels_with_simplified_prose()
    {
        var text = Layouts.TraditionalHeadingsAndLabels(Canonical);
        Assert.Contains("\n一、總體情況\n", text);
        Assert.Contains("\n三、本年度辦理結果\t（三）不予公開\t1.屬于國家秘密", text);

        AssertImportsAsFixture(text);
    }

    [Fact]
    public void A_whole_page_in_traditional_characters_keeps_its_prose_as_written()
    {
        var result = PublishedText.Import(Layouts.Traditional(Canonical));

        Assert.Empty(result.Findings);
        Assert.Equal("青溪縣交通運輸局", result.Report!.Agency.Name);
        Assert.Equal(2023, result.Report.Year);
        Assert.Equal(Layouts.Traditional(Fixture.Overview.Summary), result.Report.Overview.Summary);
        Assert.All(ReportForm.Cells, c => Assert.Equal(c.GetValue(Fixture), c.GetValue(result.Report)));
    }
}
