using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Rules.Documents.Export;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Export;

public class TemplateExportTests
{
    private static Body DocxBody(AnnualReport report)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(PublishedDocument.ExportDocx(report)), false);
        return document.MainDocumentPart!.Document!.Body!;
    }

    [Fact]
    public void The_docx_has_the_title_the_headings_and_the_three_tables_with_their_merged_cells()
    {
        var body = DocxBody(Reports.Seed);
        var tables = body.Elements<Table>().ToArray();
        Assert.Equal(ReportForm.Tables.Count, tables.Length);
        var first = body.Elements<Paragraph>().First();
        Assert.Equal(JustificationValues.Center, first.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Contains(Reports.Seed.Agency.Name, first.InnerText);
        foreach (var section in ReportForm.Sections)
        {
            Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == section.Title);
        }

        // Table B: 申请人情况 spans the applicant columns; 三、本年度办理结果 runs down the outcome rows.
        var applications = tables[1];
        Assert.Contains(applications.Descendants<GridSpan>(), g => g.Val! > 5);
        Assert.Contains(applications.Descendants<VerticalMerge>(), v => v.Val?.Value == MergedCellValues.Restart);
        var continued = applications.Descendants<VerticalMerge>().Count(v => v.Val is null);
        Assert.True(continued > 10, $"{continued} continued cells");
    }

    [Fact]
    public void Every_docx_row_fills_the_grid()
    {
        foreach (var table in DocxBody(Reports.Seed).Elements<Table>())
        {
            var width = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
            Assert.All(table.Elements<TableRow>(), row =>
                Assert.Equal(width, row.Elements<TableCell>().Sum(c => c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)));
        }
    }

    [Fact]
    public void The_html_fragment_has_headings_and_merged_cells_and_escapes_the_prose()
    {
        var report = Reports.Seed with { OtherMatters = "<script>alert('x')</script> & 两个  空格。" };
        var html = PublishedDocument.ExportHtml(report);
        Assert.StartsWith("<div class=\"gov-disclosure-report\">", html);
        Assert.Contains("<h1>", html);
        Assert.Contains("<h2>" + ReportForm.OtherMattersSection.Title + "</h2>", html);
        Assert.Contains("colspan=\"", html);
        Assert.Contains("rowspan=\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; 两个&nbsp;&nbsp;空格。", html);
        Reports.AssertSame(report, PublishedDocument.Import(Reports.Utf8(html)).Report);
    }

    [Fact]
    public void A_space_a_browser_would_collapse_is_written_as_a_no_break_space()
    {
        Assert.Equal("a b", HtmlWriter.Escape("a b"));
        Assert.Equal("&nbsp;a&nbsp;&nbsp;b&nbsp;", HtmlWriter.Escape(" a  b "));
        Assert.Equal("&lt;&gt;&amp;&quot;", HtmlWriter.Escape("<>&\""));
    }

    [Fact]
    public void Merges_are_worked_out_from_the_text_grid()
    {
        var cells = TemplateLayout.Merge([["标题", "", ""], ["甲", "子", "1"], ["甲", "丑", "2"], ["乙", "", "3"]]);
        Assert.Equal(3, cells[0][0].Span);
        Assert.True(cells[2][0].MergesUp);
        Assert.False(cells[2][1].MergesUp);
        Assert.Equal(2, cells[3][0].Span);
        Assert.False(cells[1][0].MergesUp);
    }
}
