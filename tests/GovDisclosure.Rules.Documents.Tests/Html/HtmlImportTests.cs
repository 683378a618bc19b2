using System.Linq;
using System.Text;
using GovDisclosure.Rules.Documents.Html;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Html;

public class HtmlImportTests
{
    private static readonly string[] SeedLines = Reports.SeedText.Replace("\r\n", "\n").Split('\n');

    [Fact]
    public void The_seed_saved_from_word_inside_a_portal_page_reads_as_its_text_does()
    {
        var page = WordSavedPages.Portal(WordSavedPages.Article(SeedLines));
        var fromText = PublishedText.Import(Reports.SeedText);
        var fromHtml = PublishedDocument.Import(Encoding.UTF8.GetBytes(page));
        Reports.AssertSame(fromText.Report!, fromHtml.Report);
        Assert.Equal(fromText.Findings.Select(f => (f.RuleId, f.Path, f.Message)), fromHtml.Findings.Select(f => (f.RuleId, f.Path, f.Message)));
    }

    [Fact]
    public void Navigation_breadcrumb_sidebar_scripts_styles_share_links_and_footer_are_not_read()
    {
        var page = WordSavedPages.Portal("<p>某某局 2022 年政府信息公开工作年度报告</p><p>一、总体情况</p><p>正文。</p><p>六、其他需要报告的事项</p><p>无。</p>");
        var texts = HtmlBlockReader.Read(page, DocumentImportOptions.Default).Select(b => b.Text).ToArray();
        Assert.Equal(["某某局 2022 年政府信息公开工作年度报告", "一、总体情况", "正文。", "六、其他需要报告的事项", "无。"], texts);
    }

    [Fact]
    public void Headings_in_p_strong_h1_to_h6_and_div_are_paragraphs()
    {
        var html = "<h1>标题</h1><p><strong>一、总体情况</strong></p><div>二、主动公开政府信息情况</div><h3>（一）主动公开情况</h3><h6>末</h6>";
        var blocks = HtmlBlockReader.Read(html, DocumentImportOptions.Default);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["标题", "一、总体情况", "二、主动公开政府信息情况", "（一）主动公开情况", "末"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Rowspan_and_colspan_are_resolved_into_every_grid_position_they_cover()
    {
        var html = "<table>\n<tr><th rowspan=\"2\">甲</th><th colspan=\"2\">乙</th></tr>\n<tr><td>1</td><td>2</td></tr>\n<tr><td>3</td><td colspan=0>4</td><td>5</td></tr>\n</table>";
        var rows = HtmlBlockReader.Read(html, DocumentImportOptions.Default);
        Assert.Equal(["甲\t乙\t乙", "甲\t1\t2", "3\t4\t5"], rows.Select(r => r.Text));
        Assert.Same(rows[0].Cells[0], rows[1].Cells[0]);
        Assert.Equal(SourcePlace.AtLine(2, 5), rows[0].Cells[0].Place);
        Assert.Equal(rows[0].Cells[1].Place, rows[0].Cells[2].Place);
        Assert.Equal(SourcePlace.AtLine(4, 15), rows[2].Cells[1].Place);
    }

    [Fact]
    public void A_cell_of_paragraph_and_span_pieces_reads_as_its_text_with_a_figure_split_across_spans_whole()
    {
        var html = "<table><tr><td><p class=MsoNormal><span>本年新收</span></p><p><span>申请数量</span><o:p></o:p></p></td>"
            + "<td><span lang=EN-US>1</span><span lang=EN-US>2</span><o:p></o:p></td><td>&nbsp;</td><td>\n  —\n</td><td>/</td></tr></table>";
        var row = Assert.Single(HtmlBlockReader.Read(html, DocumentImportOptions.Default));
        Assert.Equal(["本年新收\n申请数量", "12", "", "—", "/"], row.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_layout_table_is_read_as_flow_and_the_table_nested_in_it_as_a_grid()
    {
        var html = "<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td><td>旁注</td></tr></table>";
        var blocks = HtmlBlockReader.Read(html, DocumentImportOptions.Default);
        Assert.Equal([BlockKind.Paragraph, BlockKind.TableRow, BlockKind.Paragraph], blocks.Select(b => b.Kind));
        Assert.Equal(["标题", "规章\t0", "旁注"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Words_conditional_comments_and_office_markup_leave_no_text()
    {
        var html = "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
            + "<p class=MsoNormal><![if !supportLists]><span>一、</span><![endif]><span>总体情况</span><o:p></o:p></p>";
        Assert.Equal(["一、总体情况"], HtmlBlockReader.Read(html, DocumentImportOptions.Default).Select(b => b.Text));
    }

    [Fact]
    public void Markup_white_space_collapses_while_no_break_spaces_stay()
    {
        var html = "<p>\n   联系电话：\n   0451-82363412\n</p><p>&nbsp;&nbsp;缩进</p><p>甲<br>乙</p>";
        Assert.Equal(["联系电话： 0451-82363412", "  缩进", "甲", "乙"], HtmlBlockReader.Read(html, DocumentImportOptions.Default).Select(b => b.Text));
    }

    [Fact]
    public void A_paragraph_is_placed_where_its_text_starts_and_a_finding_at_the_cell_it_is_about()
    {
        var lines = SeedLines.ToList();
        var row = lines.FindIndex(l => l.StartsWith("行政规范性文件"));
        lines[row] = "行政规范性文件\t4\t三\t18";
        var page = WordSavedPages.Article(lines);
        var result = PublishedDocument.Import(Encoding.UTF8.GetBytes(page));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "GDT004");
        var pageLines = page.Split('\n');
        var place = finding.Place!;
        Assert.NotNull(place.Line);
        var at = pageLines[place.Line!.Value - 1].Substring(place.Column!.Value - 1);
        Assert.StartsWith("<td", at);
        Assert.Contains("三", pageLines[place.Line.Value]);
    }

    [Fact]
    public void Blank_dash_and_slash_cells_are_read_as_the_text_importer_reads_them()
    {
        var lines = SeedLines.ToList();
        var row = lines.FindIndex(l => l.StartsWith("行政规范性文件"));
        lines[row] = "行政规范性文件\t—\t\t/";
        var text = PublishedText.Import(string.Join("\n", lines));
        var html = PublishedDocument.Import(Encoding.UTF8.GetBytes(WordSavedPages.Article(lines)));
        Assert.Equal(text.Findings.Select(f => (f.RuleId, f.Message)), html.Findings.Select(f => (f.RuleId, f.Message)));
        Assert.Contains(html.Findings, f => f.RuleId == "GDT003");
    }

    [Fact]
    public void A_caption_reads_as_a_paragraph_above_its_table()
    {
        var html = "<table><caption>表一</caption><thead><tr><th>信息内容</th><th>件数</th></tr></thead><tbody><tr><td>规章</td><td>0</td></tr></tbody></table>";
        var blocks = HtmlBlockReader.Read(html, DocumentImportOptions.Default);
        Assert.Equal(["表一", "信息内容\t件数", "规章\t0"], blocks.Select(b => b.Text));
        Assert.Equal(BlockKind.Paragraph, blocks[0].Kind);
    }

    [Fact]
    public void The_source_map_places_a_cell_at_its_td_and_a_text_at_its_paragraph()
    {
        var page = WordSavedPages.Article(SeedLines);
        var result = PublishedDocument.Import(Encoding.UTF8.GetBytes(page));
        var pageLines = page.Split('\n');
        var cell = result.SourceMap!.PlaceOf("/proactiveDisclosure/licensing/decisions")!;
        Assert.StartsWith("<td", pageLines[cell.Line!.Value - 1].Substring(cell.Column!.Value - 1));
        Assert.Contains("<span>1</span><span style='color:black'>64</span>", pageLines[cell.Line.Value]);
        // The summary is placed where its section starts, at the heading (as in text).
        var summary = result.SourceMap.PlaceOf("/overview/summary")!;
        Assert.Contains("<span>一、总</span><span style='color:black'>体情况</span>", pageLines[summary.Line!.Value - 1]);
    }
}
