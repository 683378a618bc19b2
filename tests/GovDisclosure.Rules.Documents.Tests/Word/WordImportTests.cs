using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Rules.Documents.Word;
using GovDisclosure.Rules.Text;
using Xunit;
using static GovDisclosure.Rules.Documents.Tests.WordDocuments;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GovDisclosure.Rules.Documents.Tests.Word;

public class WordImportTests
{
    private static readonly string[] SeedLines = Reports.SeedText.Replace("\r\n", "\n").Split('\n');

    private static System.Collections.Generic.IReadOnlyList<ReportBlock> Blocks(params OpenXmlElement[] body) =>
        WordBlockReader.Read(Of(body), DocumentImportOptions.Default);

    [Fact]
    public void The_seed_as_a_word_document_reads_as_its_text_does()
    {
        var fromText = PublishedText.Import(Reports.SeedText);
        var fromWord = PublishedDocument.Import(FromLines(SeedLines));
        Reports.AssertSame(fromText.Report!, fromWord.Report);
        Assert.Equal(fromText.Findings.Select(f => (f.RuleId, f.Path, f.Message)), fromWord.Findings.Select(f => (f.RuleId, f.Path, f.Message)));
    }

    [Fact]
    public void Paragraphs_and_tables_come_in_body_order_and_are_numbered_as_a_reader_counts_them()
    {
        var blocks = Blocks(Para("甲"), Para(""), new Table(Row("a", "1")), Para("乙"), new Table(Row("b", "2"), Row("c", "3")));
        Assert.Equal(["甲", "a\t1", "乙", "b\t2", "c\t3"], blocks.Select(b => b.Text));
        Assert.Equal(SourcePlace.AtParagraph(1), blocks[0].Place);
        Assert.Equal(SourcePlace.AtParagraph(3), blocks[2].Place);
        Assert.Equal(SourcePlace.InTable(2, 2, 2), blocks[4].Cells[1].Place);
        Assert.Equal("表格 2 第 2 行第 2 格", blocks[4].Cells[1].Place.Describe(MessageLanguage.Chinese));
        Assert.Equal("table 2, row 2, cell 2", blocks[4].Cells[1].Place.Describe(MessageLanguage.English));
        Assert.Equal("第 3 段", blocks[2].Place.Describe(MessageLanguage.Chinese));
    }

    [Fact]
    public void GridSpan_and_vMerge_are_resolved_and_a_merged_cell_keeps_the_place_where_it_starts()
    {
        var table = new Table(
            new TableRow(Cell("甲", merge: MergedCellValues.Restart), Cell("乙", span: 2)),
            new TableRow(Cell("", continues: true), Cell("1"), Cell("2")));
        var rows = Blocks(table);
        Assert.Equal(["甲\t乙\t乙", "甲\t1\t2"], rows.Select(r => r.Text));
        Assert.Equal(SourcePlace.InTable(1, 1, 1), rows[1].Cells[0].Place);
        Assert.Equal(SourcePlace.InTable(1, 1, 2), rows[0].Cells[2].Place);
        Assert.Equal(SourcePlace.InTable(1, 2, 3), rows[1].Cells[2].Place);
    }

    [Fact]
    public void Runs_are_joined_and_tracked_changes_read_as_if_accepted()
    {
        var paragraph = new Paragraph(
            new Run(new WordText("本年")),
            new Run(new WordText("新收")),
            new InsertedRun(new Run(new WordText("政府信息"))) { Id = "1", Author = "甲" },
            new DeletedRun(new Run(new DeletedText("删去的字"))) { Id = "2", Author = "甲" },
            new Run(new WordText("公开申请")));
        Assert.Equal(["本年新收政府信息公开申请"], Blocks(paragraph).Select(b => b.Text));
    }

    [Fact]
    public void Content_controls_soft_breaks_tabs_and_field_results_are_read()
    {
        var control = new SdtBlock(new SdtProperties(new Tag { Val = "title" }), new SdtContentBlock(Para("控件中的标题")));
        var breaks = new Paragraph(new Run(new WordText("第一行"), new Break(), new WordText("第二行"), new TabChar(), new WordText("续")));
        var field = new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new WordText("12")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new SimpleField(new Run(new WordText("件"))) { Instruction = " MERGEFIELD unit " });
        var inline = new Paragraph(new SdtRun(new SdtProperties(), new SdtContentRun(new Run(new WordText("行内控件")))));
        Assert.Equal(["控件中的标题", "第一行\n第二行\t续", "12件", "行内控件"], Blocks(control, breaks, field, inline).Select(b => b.Text));
    }

    [Fact]
    public void A_cell_of_several_paragraphs_joins_them_with_line_breaks()
    {
        var cell = new TableCell(Para("本年新收政府信息"), Para("公开申请数量"), Para(""));
        var row = Assert.Single(Blocks(new Table(new TableRow(cell, new TableCell(Para("11"))))));
        Assert.Equal("本年新收政府信息\n公开申请数量", row.Cells[0].Text);
    }

    [Fact]
    public void A_finding_about_a_table_cell_names_the_table_row_and_cell()
    {
        var lines = SeedLines.ToList();
        var row = lines.FindIndex(l => l.StartsWith("行政规范性文件"));
        lines[row] = "行政规范性文件\t4\t三\t18";
        var result = PublishedDocument.Import(FromLines(lines));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "GDT004");
        Assert.Equal(1, finding.Place!.Table);
        Assert.Equal(lines.Skip(lines.FindIndex(l => l.Contains('\t'))).TakeWhile(l => l.Contains('\t')).ToList().IndexOf(lines[row]) + 1, finding.Place.Row);
        Assert.Null(finding.Line);
    }

    [Fact]
    public void The_source_map_places_cells_and_texts_in_the_document()
    {
        var result = PublishedDocument.Import(FromLines(SeedLines));
        var licences = result.SourceMap!.PlaceOf("/proactiveDisclosure/licensing/decisions")!;
        Assert.NotNull(licences.Table);
        var summary = result.SourceMap.PlaceOf("/overview/summary")!;
        Assert.NotNull(summary.Paragraph);
        var title = result.SourceMap.PlaceOf("/agency/name")!;
        Assert.Equal(SourcePlace.AtParagraph(3), title);
    }

    [Fact]
    public void Cells_skipped_by_gridBefore_are_blank_grid_positions()
    {
        var row = new TableRow(new TableRowProperties(new GridBefore { Val = 2 }), new TableCell(Para("1")));
        var block = Assert.Single(Blocks(new Table(new TableRow(Cell("a"), Cell("b"), Cell("c")), row)).Skip(1));
        Assert.Equal(["", "", "1"], block.Cells.Select(c => c.Text));
        Assert.Equal(SourcePlace.InTable(1, 2, 1), block.Cells[2].Place);
    }

    [Fact]
    public void A_missing_heading_is_reported_at_the_paragraph_of_the_next_one_in_both_languages()
    {
        var lines = SeedLines.Where(l => !l.StartsWith("五、")).ToList();
        var next = lines.FindIndex(l => l.StartsWith("六、"));
        var docx = FromLines(lines);
        var chinese = Assert.Single(PublishedDocument.Import(docx).Findings, f => f.RuleId == "GDT001");
        var paragraphs = lines.Take(next + 1).Count(l => !l.Contains('\t'));
        Assert.Equal(SourcePlace.AtParagraph(paragraphs), chinese.Place);
        Assert.Equal($"第 {paragraphs} 段", chinese.Place!.Describe(MessageLanguage.Chinese));
        var english = Assert.Single(PublishedDocument.Import(docx, new DocumentImportOptions { Language = MessageLanguage.English }).Findings, f => f.RuleId == "GDT001");
        Assert.Contains("cannot be found", english.Message);
    }
}
