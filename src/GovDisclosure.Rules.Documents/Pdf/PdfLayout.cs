using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// Lays a PDF's pages out as blocks, as a reader sees them: the glyphs inside a ruled table's cell are that cell's text
/// and each base row of the table is a table row (a cell spanning rows or columns in every position it covers, as the
/// HTML and Word readers give merged cells); the other glyphs are lines, and lines close together in one size are one
/// paragraph, carried over a page break when the last line runs to the margin. A table that goes on at the top of the
/// next page is the same table: a cell cut by the page break keeps its text on both sides. Page numbers and lines
/// repeated in the top or bottom margin of several pages (running headers and footers) are left out.
/// </summary>
internal static class PdfLayout
{
    private const double Margin = 0.08;

    private static readonly Regex PageNumber = new(
        @"^\s*[-–—]?\s*(第\s*)?\d{1,4}\s*(页)?\s*([/／]\s*\d{1,4}|共\s*\d{1,4}\s*页)?\s*[-–—]?\s*$|^\s*page\s+\d{1,4}(\s+of\s+\d{1,4})?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Reads one page: glyphs into the cells of its tables, the rest into lines.</summary>
    internal static PdfPage Page(int number, double height, List<Glyph> glyphs, List<RuledTable> tables)
    {
        // Glyphs from the top down against the tables standing at their height (tables are sorted by top): a glyph is
        // asked only of the tables beside it, never of every table of the page.
        var free = new List<Glyph>();
        glyphs.Sort((a, b) => b.CentreY.CompareTo(a.CentreY));
        var standing = new List<RuledTable>();
        var next = 0;
        foreach (var glyph in glyphs)
        {
            while (next < tables.Count && tables[next].Top > glyph.CentreY)
            {
                standing.Add(tables[next++]);
            }

            DocumentWork.Add(1);
            standing.RemoveAll(t => t.Bottom >= glyph.CentreY);
            TableCell? cell = null;
            foreach (var table in standing)
            {
                DocumentWork.Add(1);
                cell = table.CellAt(glyph.CentreX, glyph.CentreY);
                if (cell is not null)
                {
                    break;
                }
            }

            (cell?.Glyphs ?? free).Add(glyph);
        }

        free = Overflow(height, tables, free);

        foreach (var cell in tables.SelectMany(t => t.Cells))
        {
            DocumentWork.Add(1);
            cell.Text = TextLine.Join(TextLine.Gather(cell.Glyphs));
        }

        var lines = TextLine.Gather(free).Where(l => l.Text.Trim().Length > 0).ToList();
        return new PdfPage(number, height, lines, tables);
    }

    /// <summary>
    /// A browser cutting a table at the page break may draw the last lines of a tall cell just below the table's last rule;
    /// when nothing else stands between the table and the bottom margin, those lines belong to the cell above them.
    /// </summary>
    private static List<Glyph> Overflow(double height, List<RuledTable> tables, List<Glyph> free)
    {
        if (tables.Count == 0)
        {
            return free;
        }

        DocumentWork.Add(free.Count);
        var lowest = tables.OrderBy(t => t.Bottom).First();
        bool Below(Glyph g) => g.CentreY < lowest.Bottom && g.CentreX > lowest.Left && g.CentreX < lowest.Right;
        bool Near(Glyph g) => g.CentreY > lowest.Bottom - (2.5 * g.Size);
        if (free.Any(g => g.CentreY < lowest.Bottom && g.Baseline > height * Margin && !g.IsSpace && !(Below(g) && Near(g))))
        {
            return free;
        }

        // Only a line that fits in one cell of the last row is a cell's overflow; a heading below the table spans cells.
        var moved = new HashSet<Glyph>();
        foreach (var line in TextLine.Gather(free.Where(g => Below(g) && Near(g)).ToList()))
        {
            var cell = lowest.CellAt((line.Left + line.Right) / 2, lowest.Bottom + 0.1);
            if (cell is not null && line.Left >= cell.Bounds.Left && line.Right <= cell.Bounds.Right)
            {
                foreach (var glyph in line.Glyphs)
                {
                    cell.Glyphs.Add(glyph);
                    moved.Add(glyph);
                }
            }
        }

        var rest = free.Where(g => !moved.Contains(g)).ToList();
        return rest;
    }

    /// <summary>The blocks of the whole document, in reading order.</summary>
    internal static IReadOnlyList<ReportBlock> Blocks(List<PdfPage> pages)
    {
        var furniture = Furniture(pages);
        var blocks = new List<ReportBlock>();
        var tableNumber = 0;
        List<TextLine>? paragraph = null;
        SourcePlace? paragraphPlace = null;
        var paragraphPage = 0;
        var paragraphRight = 0.0;
        var paragraphCut = false;
        RuledTable? lastTable = null;
        var emitted = new List<(RuledTable Table, int Number, int Page)>();

        void Flush()
        {
            if (paragraph is not null)
            {
                blocks.Add(ReportBlock.Paragraph(TextLine.Join(paragraph), paragraphPlace!));
                paragraph = null;
            }
        }

        var found = pages.Select(page => UnruledRows.Find(page.Lines, page.Number, i => furniture.Contains((page.Number, i + 1)))).ToList();
        UnruledRows.Name(found);
        var pageIndex = 0;
        foreach (var page in pages)
        {
            var unruled = found[pageIndex++];
            var right = page.Lines.Count == 0 ? 0 : page.Lines.Max(l => l.Right);
            var items = page.Lines.Select((line, index) => (Top: line.Baseline + line.Size, Line: (TextLine?)line, Index: index + 1, Table: (RuledTable?)null))
                .Where(item => !furniture.Contains((page.Number, item.Index)))
                .Concat(page.Tables.Select(table => (Top: table.Top, Line: (TextLine?)null, Index: 0, Table: (RuledTable?)table)))
                .OrderByDescending(item => item.Top).ThenBy(item => item.Index).ToList();
            var first = true;
            foreach (var item in items)
            {
                DocumentWork.Add(1);
                if (item.Table is { } table)
                {
                    Flush();
                    if (first && lastTable is not null)
                    {
                        Continue(lastTable, table);
                    }

                    emitted.Add((table, ++tableNumber, page.Number));
                    blocks.Add(null!); // a placeholder: the table's rows are written once every continuation has been seen
                    lastTable = table;
                }
                else if (unruled.Spent.Contains(item.Index - 1))
                {
                    // A line of a row's label, read into that row.
                    continue;
                }
                else if (unruled.Rows.TryGetValue(item.Index - 1, out var row))
                {
                    Flush();
                    blocks.Add(ReportBlock.TableRow(row.Cells, SourcePlace.AtLine(item.Index).OnPage(page.Number)));
                    lastTable = null;
                }
                else
                {
                    var line = item.Line!;
                    var last = paragraph?[paragraph.Count - 1];
                    var sameSize = last is not null && Math.Abs(last.Size - line.Size) <= 0.1 * Math.Max(last.Size, line.Size);
                    // A header row of a table drawn without rules is a paragraph of its own, its cells parted by a space.
                    var isCut = unruled.Cut.TryGetValue(item.Index - 1, out var cutText);
                    // Two lines of a paragraph stand one under the other; a header cell wrapped a character a line does not.
                    var follows = last is not null && sameSize && !isCut && !paragraphCut && (paragraphPage == page.Number
                        ? last.Baseline - line.Baseline <= 1.6 * Math.Max(last.Size, line.Size) && last.Baseline > line.Baseline
                            && last.Left <= line.Right && line.Left <= last.Right
                        : first && paragraphPage == page.Number - 1 && last.Right >= paragraphRight - (2 * last.Size));
                    if (!follows)
                    {
                        Flush();
                        paragraph = new List<TextLine>();
                        paragraphPlace = SourcePlace.AtLine(item.Index).OnPage(page.Number);
                    }

                    paragraph!.Add(isCut ? TextLine.WithText(line, cutText!) : line);
                    paragraphCut = isCut;
                    paragraphPage = page.Number;
                    paragraphRight = right;
                    lastTable = null;
                }

                first = false;
            }

            if (items.Count > 0 && items[items.Count - 1].Table is null)
            {
                lastTable = null;
            }
        }

        Flush();
        var written = new List<ReportBlock>(blocks.Count);
        var next = 0;
        foreach (var block in blocks)
        {
            if (block is not null)
            {
                written.Add(block);
                continue;
            }

            var (table, number, pageNumber) = emitted[next++];
            written.AddRange(Rows(table, number, pageNumber));
        }

        return written;
    }

    /// <summary>A table's base rows as table rows; a row with no text at all (a sliver between rules) is left out.</summary>
    private static IEnumerable<ReportBlock> Rows(RuledTable table, int number, int page)
    {
        for (var row = 0; row < table.Rows; row++)
        {
            var cells = new BlockCell[table.Columns];
            var any = false;
            var starts = false;
            for (var column = 0; column < table.Columns; column++)
            {
                DocumentWork.Add(1);
                var cell = table.At(row, column);
                var text = cell.Text;
                starts |= cell.FirstRow == row && text.Length > 0;
                if (text.Length == 0 && row > 0 && column > 0 && table.At(row, column - 1) == table.At(row - 1, column - 1)
                    && table.At(row - 1, column) is var above && above != cell && IsLabel(above.Text)
                    && above.FirstColumn == cell.FirstColumn && above.LastColumn == cell.LastColumn
                    && cell.LastColumn + 1 < table.Columns && IsLabel(table.At(row, cell.LastColumn + 1).Text))
                {
                    // A blank label cell under a label, beside a label that goes on through both rows: the browser cut a
                    // row-spanning label short at a page break, and the row belongs under the label above.
                    text = above.Text;
                    cell.Text = text;
                }

                any |= text.Length > 0;
                cells[column] = new BlockCell(text, SourcePlace.InTable(number, cell.FirstRow + 1, cell.FirstColumn + 1).OnPage(page));
            }

            // A base row in which no cell with text of its own starts is a sliver of the row above (a cell cut a few
            // points off its row's line at a page break), not a row of its own.
            if (any && (row == 0 || starts))
            {
                yield return ReportBlock.TableRow(cells);
            }
        }
    }

    /// <summary>Text that names a row rather than counts: not blank and not a number.</summary>
    private static bool IsLabel(string text) => text.Trim().Length > 0 && !decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// A table that goes on at the top of a page: a cell of its first row standing under a cell of the previous part's
    /// last row is one cell cut by the page break when one side is blank, or when both parts make a label of the form,
    /// and both sides get the text.
    /// </summary>
    private static void Continue(RuledTable above, RuledTable below)
    {
        const double slack = 2.5;
        for (var column = 0; column < below.Columns; column++)
        {
            var lower = below.At(0, column);
            if (lower.FirstColumn != column)
            {
                continue;
            }

            for (var upperColumn = 0; upperColumn < above.Columns; upperColumn++)
            {
                DocumentWork.Add(1);
                var upper = above.At(above.Rows - 1, upperColumn);
                // A label cut by the page break with text on both sides is one cell when the two parts make a label of
                // the form and the first part alone does not.
                if (upper.FirstColumn == upperColumn && Math.Abs(upper.Bounds.Left - lower.Bounds.Left) <= slack && Math.Abs(upper.Bounds.Right - lower.Bounds.Right) <= slack
                    && ((upper.Text.Length == 0) != (lower.Text.Length == 0)
                        || (upper.Text.Length > 0 && lower.Text.Length > 0 && !FormLabels.IsLabel(upper.Text) && FormLabels.IsLabel(upper.Text + lower.Text))))
                {
                    upper.Text = lower.Text = upper.Text + lower.Text;
                }
            }
        }
    }

    /// <summary>Lines in the top or bottom margin that are page numbers, or that repeat on several pages (digits aside).</summary>
    private static HashSet<(int Page, int Line)> Furniture(List<PdfPage> pages)
    {
        var found = new HashSet<(int, int)>();
        var seen = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                DocumentWork.Add(1);
                var line = page.Lines[i];
                if (line.Baseline < page.Height * (1 - Margin) && line.Baseline > page.Height * Margin)
                {
                    continue;
                }

                if (PageNumber.IsMatch(line.Text))
                {
                    found.Add((page.Number, i + 1));
                    continue;
                }

                var key = Regex.Replace(line.Text.Trim(), @"\d+", "#");
                if (!seen.TryGetValue(key, out var places))
                {
                    seen.Add(key, places = new List<(int, int)>());
                }

                places.Add((page.Number, i + 1));
            }
        }

        foreach (var places in seen.Values.Where(p => p.Select(x => x.Item1).Distinct().Count() >= 3))
        {
            found.UnionWith(places);
        }

        return found;
    }
}
