using System.Collections.Generic;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Hands a document's blocks to the one matcher (<see cref="PublishedBlocks"/>), so that HTML, Word and text share one
/// interpretation of the report, after writing them as published text writes them: a cell a merge carries on from its
/// left neighbour is blank, as the text grid prints a merged caption once (one carried down from the row above keeps
/// its text, as every text row carries its whole label path); a cell's paragraphs are joined into one label; a paragraph
/// broken by soft line breaks is one paragraph block per line. The blocks keep their places, so every finding and the
/// source map locate into the original document.
/// </summary>
internal static class BlockImport
{
    internal static LoadResult Import(IReadOnlyList<ReportBlock> blocks, MessageLanguage language) =>
        PublishedBlocks.Import(AsPublishedText(blocks), new TextImportOptions { Language = language });

    internal static IReadOnlyList<ReportBlock> AsPublishedText(IReadOnlyList<ReportBlock> blocks)
    {
        var written = new List<ReportBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            DocumentWork.Add(block.Text.Length + block.Cells.Count);
            if (block.Kind == BlockKind.TableRow)
            {
                written.Add(Row(block));
                continue;
            }

            if (block.Text.IndexOf('\n') < 0 && block.Text.IndexOf('\r') < 0)
            {
                written.Add(block);
                continue;
            }

            foreach (var line in block.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                written.Add(ReportBlock.Paragraph(line, block.Place));
            }
        }

        return written;
    }

    private static ReportBlock Row(ReportBlock row)
    {
        var cells = new BlockCell[row.Cells.Count];
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = row.Cells[c];
            var continues = c > 0 && cell.Place.Equals(row.Cells[c - 1].Place);
            var text = continues ? "" : cell.Text.Replace("\r", "").Replace("\n", "");
            cells[c] = text == cell.Text ? cell : new BlockCell(text, cell.Place);
        }

        return ReportBlock.TableRow(cells, row.Place);
    }
}
