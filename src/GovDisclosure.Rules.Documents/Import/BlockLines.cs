using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Reads blocks into a report through the published-text importer, so that HTML, Word and text share one interpretation
/// of the report: each paragraph becomes a line (a soft break starts another), each table row a line of tab-separated
/// cells, where a cell a merge carries on from its left neighbour is blank — as the text grid prints a merged caption
/// once — while one carried down from the row above repeats its text, as every text row carries its whole label path.
/// Each line remembers its block and where each cell starts, so that every finding and the source map locate into the
/// original document.
/// </summary>
internal sealed class BlockLines
{
    private readonly List<ReportBlock> blockOfLine = [];
    private readonly List<int[]?> cellColumns = [];
    private readonly StringBuilder text = new();

    private BlockLines(IReadOnlyList<ReportBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.TableRow)
            {
                Row(block);
                continue;
            }

            foreach (var line in block.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                Line(block, line, null);
            }
        }
    }

    /// <summary>Imports blocks: the report, and every finding and source-map place in the blocks' document.</summary>
    internal static LoadResult Import(IReadOnlyList<ReportBlock> blocks, MessageLanguage language)
    {
        var lines = new BlockLines(blocks);
        var result = PublishedText.Import(lines.text.ToString(), new TextImportOptions { Language = language });
        var findings = result.Findings.Select(lines.Locate).ToArray();
        var map = result.SourceMap is { } textMap ? new SourceMap(m => lines.Fill(m, textMap)) : null;
        return new LoadResult(result.Report, findings, map);
    }

    /// <summary>Where a line (and column) of the bridge text stands in the original document.</summary>
    internal SourcePlace? PlaceOf(int line, int? column)
    {
        if (line < 1 || line > blockOfLine.Count)
        {
            return blockOfLine.Count > 0 ? blockOfLine[blockOfLine.Count - 1].Place : null;
        }

        var block = blockOfLine[line - 1];
        if (cellColumns[line - 1] is not { } starts || column is not { } at)
        {
            return block.Place;
        }

        var cell = 0;
        while (cell + 1 < starts.Length && starts[cell + 1] <= at)
        {
            cell++;
        }

        return block.Cells[cell].Place;
    }

    private Finding Locate(Finding finding) =>
        finding.Line is { } line && PlaceOf(line, finding.Column) is { } place ? finding.WithPlace(place) : finding;

    private void Fill(SourceMap map, SourceMap textMap)
    {
        var pointers = new List<string> { "", "/year", "/agency" };
        pointers.AddRange(ReportForm.Sections.Select(s => s.Pointer));
        pointers.AddRange(ReportForm.Texts.Select(t => t.Pointer));
        pointers.AddRange(ReportForm.Cells.Select(c => c.Pointer));
        pointers.Add("/extensions");
        foreach (var pointer in pointers.Distinct())
        {
            if (textMap.TryLocate(pointer, out var line, out var column) && PlaceOf(line, column) is { } place)
            {
                map.SetPlace(pointer, place);
            }
        }
    }

    private void Row(ReportBlock row)
    {
        var starts = new int[row.Cells.Count];
        var line = new StringBuilder();
        for (var c = 0; c < row.Cells.Count; c++)
        {
            if (c > 0)
            {
                line.Append('\t');
            }

            starts[c] = line.Length + 1;
            var cell = row.Cells[c];
            if (c > 0 && cell.Place.Equals(row.Cells[c - 1].Place))
            {
                continue;
            }

            line.Append(CellText(cell.Text));
        }

        Line(row, line.ToString(), starts);
    }

    /// <summary>A cell's paragraphs joined (a label broken inside a cell reads whole); a tab would cut it in two.</summary>
    private static string CellText(string cell) => cell.Replace("\r", "").Replace("\n", "").Replace('\t', ' ');

    private void Line(ReportBlock block, string line, int[]? starts)
    {
        text.Append(line).Append('\n');
        blockOfLine.Add(block);
        cellColumns.Add(starts);
    }
}
