using System;
using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// PublishedBlocks.Import, the one matcher behind every published format: blocks laid out as a document gives them
/// (paragraphs, whole table rows, places that are not lines) read exactly as the text they came from, with the
/// findings and the source map placed at the blocks and cells concerned.
/// </summary>
public class PublishedBlocksTests
{
    [Fact]
    public void Null_blocks_or_a_null_block_is_a_bad_call()
    {
        Assert.Throws<ArgumentNullException>(() => PublishedBlocks.Import(null!));
        Assert.Throws<ArgumentNullException>(() => PublishedBlocks.Import([ReportBlock.Paragraph("x", SourcePlace.AtParagraph(1)), null!]));
    }

    [Fact]
    public void The_seed_as_document_blocks_imports_as_its_text_does()
    {
        var expected = PublishedText.Import(SeedText.Text);
        var result = PublishedBlocks.Import(DocumentBlocks.Of(SeedText.Text));
        SeedText.AssertSameReport(expected.Report!, result.Report);
        Assert.Equal(expected.Findings.Select(f => (f.RuleId, f.Path)), result.Findings.Select(f => (f.RuleId, f.Path)));
    }

    [Fact]
    public void Places_in_the_source_map_are_the_blocks_and_cells()
    {
        var result = PublishedBlocks.Import(DocumentBlocks.Of(SeedText.Text));

        // Table C's line of fifteen figures holds 复议后起诉 · 总计 in its fifteenth cell.
        var total = ReportForm.ReviewsAndLitigationTable.Rows[2].Cells[4];
        var place = result.SourceMap!.PlaceOf(total.Pointer)!;
        Assert.Equal(15, place.Cell);
        Assert.Null(place.Line);
        Assert.Equal(SourcePlace.AtParagraph(1), result.SourceMap.PlaceOf(ReportForm.AgencyName.Pointer));
        Assert.NotNull(result.SourceMap.PlaceOf(ReportForm.OverviewSummary.Pointer)!.Paragraph);
    }

    [Fact]
    public void Table_C_as_three_labelled_rows_reads_the_same_figures()
    {
        var expected = PublishedText.Import(SeedText.Text).Report!;
        var blocks = DocumentBlocks.WithLabelledTableC(DocumentBlocks.Of(SeedText.Text), expected);
        var result = PublishedBlocks.Import(blocks);
        SeedText.AssertSameReport(expected, result.Report);
        var litigated = ReportForm.ReviewsAndLitigationTable.Rows[1];
        Assert.Equal(litigated.LabelPath.Count + 5, result.SourceMap!.PlaceOf(litigated.Cells[4].Pointer)!.Cell);
    }

    [Fact]
    public void A_cell_that_is_not_a_figure_is_found_at_its_table_row_and_cell()
    {
        var blocks = DocumentBlocks.Of(SeedText.Text);
        var index = blocks.FindIndex(b => b.Text.StartsWith("四、结转下年度继续办理", StringComparison.Ordinal));
        var row = blocks[index];
        var cells = row.Cells.Select(c => c.Text).ToArray();
        cells[2] = "七";
        blocks[index] = DocumentBlocks.Row(row.Place.Table!.Value, row.Place.Row!.Value, cells);

        var result = PublishedBlocks.Import(blocks);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings, f => f.RuleId == TextRules.BadFigures.Id);
        Assert.Equal(SourcePlace.InTable(row.Place.Table!.Value, row.Place.Row!.Value, 3), finding.Place);
        Assert.Null(finding.Line);
        Assert.Equal(ReportForm.ApplicationsTable.Rows.Last().Cells[0].Pointer, finding.Path);
    }

    [Fact]
    public void Without_a_heading_every_section_is_missing_at_a_block()
    {
        var result = PublishedBlocks.Import([ReportBlock.Paragraph("说明文字。", SourcePlace.AtParagraph(3))]);
        Assert.Null(result.Report);
        Assert.All(result.Findings, f => Assert.NotNull(f.Place));
        Assert.Contains(result.Findings, f => f.RuleId == TextRules.SectionNotFound.Id && SourcePlace.AtParagraph(3).Equals(f.Place));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void A_generated_report_as_document_blocks_imports_unchanged(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        var result = PublishedBlocks.Import(DocumentBlocks.Of(text));
        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(report, result.Report);
        var labelled = PublishedBlocks.Import(DocumentBlocks.WithLabelledTableC(DocumentBlocks.Of(text), report));
        Assert.Empty(labelled.Findings);
        SeedText.AssertSameReport(report, labelled.Report);
    }
}
