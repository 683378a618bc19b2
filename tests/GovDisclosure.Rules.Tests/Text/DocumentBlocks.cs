using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// A report's text laid out as an HTML or Word document gives it: every paragraph a paragraph block placed by its
/// number, every line of cells a table-row block whose cells are placed by table, row and cell — no line numbers at all.
/// </summary>
internal static class DocumentBlocks
{
    /// <summary>The text's blocks, placed as a document places them.</summary>
    internal static List<ReportBlock> Of(string text)
    {
        var blocks = new List<ReportBlock>();
        int paragraph = 0, table = 0, row = 0;
        var inTable = false;
        foreach (var block in TextImporter.Blocks(text))
        {
            if (block.Kind == BlockKind.Paragraph)
            {
                inTable = false;
                blocks.Add(ReportBlock.Paragraph(block.Text, SourcePlace.AtParagraph(++paragraph)));
                continue;
            }

            (table, row) = inTable ? (table, row + 1) : (table + 1, 1);
            inTable = true;
            blocks.Add(Row(table, row, block.Cells.Select(c => c.Text)));
        }

        return blocks;
    }

    /// <summary>A table-row block of cells placed in a table and row.</summary>
    internal static ReportBlock Row(int table, int row, IEnumerable<string> cells) =>
        ReportBlock.TableRow(cells.Select((c, i) => new BlockCell(c, SourcePlace.InTable(table, row, i + 1))).ToArray());

    /// <summary>
    /// The same blocks with table C as a document may give it: its three rows, each with its labels and five figures,
    /// in place of the published header rows and one row of fifteen numbers.
    /// </summary>
    internal static List<ReportBlock> WithLabelledTableC(List<ReportBlock> blocks, AnnualReport report)
    {
        var heading = blocks.FindIndex(b => b.Text.StartsWith("四、", System.StringComparison.Ordinal) && b.Kind == BlockKind.Paragraph);
        var end = blocks.FindIndex(heading + 1, b => b.Kind == BlockKind.Paragraph);
        var table = blocks[heading + 1].Cells[0].Place.Table!.Value;
        var rows = ReportForm.ReviewsAndLitigationTable.Rows.Select((r, i) => Row(table, i + 1, r.LabelPath.Concat(r.Cells.Select(c => c.GetCount(report).ToString(CultureInfo.InvariantCulture)))));
        return [.. blocks.Take(heading + 1), .. rows, .. blocks.Skip(end)];
    }
}
