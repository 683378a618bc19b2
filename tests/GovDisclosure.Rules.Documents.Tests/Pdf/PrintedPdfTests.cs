using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// PDFs printed by headless Chromium from the project's HTML export: the seed report and generated reports, portrait
/// and landscape, their tables broken across pages, read back into the same report with every place on a page.
/// </summary>
public class PrintedPdfTests
{
    /// <summary>
    /// For generated reports, importing the PDF printed from <see cref="PublishedDocument.ExportHtml"/> gives the report:
    /// portrait and landscape, as exported, without ruling lines and with headers repeated on every page.
    /// </summary>
    [Fact]
    public void Importing_the_PDF_printed_from_a_generated_reports_HTML_export_gives_the_report() =>
        Prop.ForAll(PrintedReports.Printings, printing =>
        {
            var result = PublishedDocument.Import(PrintedReports.Pdf(printing));
            Assert.True(result.Findings.Count == 0 && printing.Report.Equals(result.Report),
                $"{printing}: " + string.Join("; ", result.Findings.Select(f => $"{f.RuleId} {f.Path} {f.Message}")) + Differences(printing.Report, result.Report));
        }).Check(PrintedReports.Run);

    [Fact]
    public void The_property_reads_a_few_dozen_reports_printed_in_each_orientation_and_style()
    {
        var cases = PrintedReports.Gathered.Select(c => c.Printing).ToList();
        Assert.Equal(PrintedReports.Generated, cases.Count);
        Assert.Contains(cases, c => c.Landscape);
        Assert.Contains(cases, c => !c.Landscape);
        Assert.All(System.Enum.GetValues<PageStyle>(), style => Assert.Contains(cases, c => c.Style == style));
        Assert.True(cases.Select(c => c.Report).Distinct().Count() > PrintedReports.Generated / 2, "the generator drew the same report again and again");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_seed_printed_imports_with_its_tables_exact_and_its_prose_but_for_spaces_at_line_breaks(bool landscape)
    {
        var result = PublishedDocument.Import(landscape ? PrintedReports.SeedLandscape : PrintedReports.SeedPortrait);
        Assert.Empty(result.Findings);
        var report = result.Report!;
        Assert.Equal(Reports.Seed.Year, report.Year);
        Assert.All(ReportForm.Cells, cell => Assert.Equal(cell.GetValue(Reports.Seed), cell.GetValue(report)));

        // A browser does not draw the space it breaks a line at; between Chinese and Latin text nothing shows whether
        // one was there, so the prose is compared without spaces (the generated reports above compare exactly).
        Assert.All(ReportForm.Texts, text => Assert.Equal(Squeeze(text.GetText(Reports.Seed)), Squeeze(text.GetText(report))));
    }

    [Fact]
    public void The_browsers_running_head_and_foot_and_page_numbers_are_left_out()
    {
        var plain = PublishedDocument.Import(PrintedReports.SeedPortrait);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(PrintedReports.SeedWithHeaderAndFooter))
        {
            // The browser did print them: the page number and the page's title on every page.
            Assert.Contains($"2/{document.NumberOfPages}", document.GetPage(2).Text);
            Assert.Contains(Reports.Seed.Agency.Name, document.GetPage(3).Text);
        }

        var result = PublishedDocument.Import(PrintedReports.SeedWithHeaderAndFooter);
        Assert.Empty(result.Findings);
        Assert.Equal(plain.Report, result.Report);
    }

    [Fact]
    public void A_finding_on_a_cell_is_located_on_its_page()
    {
        var result = PublishedDocument.Import(PrintedReports.SeedPortrait);
        var cell = ReportForm.Cells.Last(c => c.Pointer.StartsWith("/applications/", System.StringComparison.Ordinal));
        var located = result.SourceMap!.Locate(new Finding("GD999", Severity.Error, "test", cell.Pointer));
        Assert.Equal(result.SourceMap.PlaceOf(cell.Pointer), located.Place);
        Assert.NotNull(located.Place!.Page);
    }

    [Fact]
    public void A_table_broken_across_pages_is_read_as_one_table_with_each_cell_on_its_page()
    {
        var result = PublishedDocument.Import(PrintedReports.SeedPortrait);
        var pages = ReportForm.Cells.Where(c => c.Pointer.StartsWith("/applications/", System.StringComparison.Ordinal))
            .Select(c => result.SourceMap!.PlaceOf(c.Pointer)!.Page!.Value).Distinct().OrderBy(p => p).ToList();
        Assert.True(pages.Count >= 2, $"the applications table stands on pages {string.Join(", ", pages)}");
        Assert.Equal(Reports.Seed.Applications, result.Report!.Applications);
    }

    [Fact]
    public void Places_are_on_pages_and_described_with_the_page()
    {
        var result = PublishedDocument.Import(PrintedReports.SeedPortrait);
        var cell = ReportForm.Cells.First(c => c.Pointer.StartsWith("/applications/", System.StringComparison.Ordinal));
        var place = result.SourceMap!.PlaceOf(cell.Pointer)!;
        Assert.NotNull(place.Page);
        Assert.NotNull(place.Table);
        Assert.StartsWith($"第 {place.Page} 页表格 {place.Table} 第 ", place.Describe(MessageLanguage.Chinese));
        Assert.StartsWith($"page {place.Page}, table {place.Table}, row ", place.Describe(MessageLanguage.English));
    }

    [Fact]
    public void The_same_bytes_give_the_same_report_findings_and_places()
    {
        var pdf = PrintedReports.Gathered.First(p => p.Printing.Landscape).Pdf;
        var first = PublishedDocument.Import(pdf);
        var second = PublishedDocument.Import((byte[])pdf.Clone());
        Assert.Equal(first.Report, second.Report);
        Assert.Equal(first.Findings, second.Findings);
        Assert.All(ReportForm.Cells, c => Assert.Equal(first.SourceMap!.PlaceOf(c.Pointer), second.SourceMap!.PlaceOf(c.Pointer)));
    }

    [Fact]
    public void Tables_drawn_without_ruling_lines_are_read_by_the_gaps_between_cells_and_the_forms_row_order()
    {
        // The browser did draw them without rules: no page strokes or fills a path, so no table is found by its rules.
        foreach (var pdf in PrintedReports.GeneratedIn(PageStyle.WithoutBorders).Select(p => p.Pdf).Prepend(PrintedReports.SeedWithoutBorders))
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
            Assert.DoesNotContain(document.GetPages(), page => page.Paths.Any(path => path.IsFilled || path.IsStroked));
        }

        Assert.Equal(PublishedDocument.Import(PrintedReports.SeedPortrait).Report, Imported(PrintedReports.SeedWithoutBorders));
        AllImportAsThemselves(PrintedReports.GeneratedIn(PageStyle.WithoutBorders));
    }

    [Fact]
    public void A_row_of_a_table_without_rules_is_located_on_its_page_and_line()
    {
        var result = PublishedDocument.Import(PrintedReports.SeedWithoutBorders);
        var place = result.SourceMap!.PlaceOf(ReportForm.Cells.Last(c => c.Pointer.StartsWith("/applications/", System.StringComparison.Ordinal)).Pointer)!;
        Assert.NotNull(place.Page);
        Assert.NotNull(place.Line);
        Assert.True(place.Page > 1, $"the applications table's last row stands on page {place.Page}");
    }

    [Fact]
    public void A_header_repeated_on_each_page_of_a_table_is_not_read_as_data()
    {
        // The browser did repeat it: the applications table's first header row stands on more pages than when printed once.
        Assert.True(PagesWith(PrintedReports.SeedWithHeaderRepeated, "申请人情况") > PagesWith(PrintedReports.SeedPortrait, "申请人情况"));
        Assert.Equal(PublishedDocument.Import(PrintedReports.SeedPortrait).Report, Imported(PrintedReports.SeedWithHeaderRepeated));
        AllImportAsThemselves(PrintedReports.GeneratedIn(PageStyle.HeaderRepeated));
    }

    private static int PagesWith(byte[] pdf, string word)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.GetPages().Count(page => page.Text.Contains(word, System.StringComparison.Ordinal));
    }

    private static AnnualReport? Imported(byte[] pdf)
    {
        var result = PublishedDocument.Import(pdf);
        Assert.True(result.Findings.Count == 0, string.Join("; ", result.Findings.Select(f => $"{f.RuleId} {f.Path} {f.Message}")));
        return result.Report;
    }

    private static void AllImportAsThemselves(System.Collections.Generic.IEnumerable<(AnnualReport Report, bool Landscape, byte[] Pdf)> printed)
    {
        var failures = printed
            .Select(p => (p, result: PublishedDocument.Import(p.Pdf)))
            .Where(x => x.result.Findings.Count > 0 || !x.p.Report.Equals(x.result.Report))
            .Select(x => $"{(x.p.Landscape ? "landscape" : "portrait")}: " + string.Join("; ", x.result.Findings.Select(f => $"{f.RuleId} {f.Path} {f.Message}"))
                + Differences(x.p.Report, x.result.Report))
            .ToList();
        Assert.NotEmpty(printed);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Squeeze(string? text) => new((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Differences(AnnualReport expected, AnnualReport? actual) =>
        actual is null ? " no report" : string.Concat(
            ReportForm.Cells.Where(c => c.GetValue(expected) != c.GetValue(actual)).Select(c => $" {c.Pointer}: {c.GetValue(expected)} ≠ {c.GetValue(actual)}")
            .Concat(ReportForm.Texts.Where(t => t.GetText(expected) != t.GetText(actual)).Select(t => $" {t.Pointer}: «{t.GetText(expected)}» ≠ «{t.GetText(actual)}»")));
}
