using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// The rows of a table drawn without ruling lines, found among a page's free lines. Inside a line the glyphs of one cell
/// touch (or are parted by a drawn space) while the padding of two cells leaves a gap, so a line is cut into cells at
/// gaps; a line whose last cells are figures is a table row. Its row label may be wrapped over lines above and below it
/// (the browser centres the figures on the label), and a label spanning several rows stands once somewhere beside them,
/// or at the top of the part on a page when the table breaks: so each label line joins the nearest row, and the row's
/// innermost label (the rightmost column of label text) names the form's row, whose label path the form gives, in the
/// form's row order. The label lines spent on rows are not read again as prose.
/// </summary>
internal sealed class UnruledRows
{
    // A gap wider than this, in ems, from one glyph's advance to the next glyph (neither a space) parts two cells: the
    // padding of two cells is at least half an em, the glyphs of one run follow on without a gap, and a word space a
    // producer leaves undrawn is a quarter to a third of an em.
    private const double CellGap = 0.4;

    // A line of label text further from every row than this, in line heights, is no part of the table.
    private const double Reach = 2.5;

    private UnruledRows(int page, Dictionary<int, Row> rows, HashSet<int> spent, Dictionary<int, string> cut, string? leading, int leadingLine)
    {
        Page = page;
        Leading = leading;
        LeadingLine = leadingLine;
        Rows = rows;
        Spent = spent;
        Cut = cut;
    }

    /// <summary>The page's number.</summary>
    internal int Page { get; }

    /// <summary>The table rows, by the index of the line they stand on.</summary>
    internal Dictionary<int, Row> Rows { get; }

    /// <summary>The indexes of the label lines read into a row.</summary>
    internal HashSet<int> Spent { get; }

    /// <summary>The text of the page's first line when it is neither a row nor cut into cells: perhaps the end of a label the page break cut.</summary>
    internal string? Leading { get; }

    /// <summary>The index of <see cref="Leading"/>'s line.</summary>
    internal int LeadingLine { get; }

    /// <summary>Lines cut into cells that hold no figures (a header row), as text with one space between cells.</summary>
    internal Dictionary<int, string> Cut { get; }

    /// <summary>
    /// Finds the rows among a page's lines (top first); <paramref name="skipped"/> tells the lines that are not content
    /// (running heads and feet). The rows are named (<see cref="Name"/>) once every page has been read.
    /// </summary>
    internal static UnruledRows Find(List<TextLine> lines, int page, Func<int, bool> skipped)
    {
        var rows = new Dictionary<int, Row>();
        var spent = new HashSet<int>();
        var cut = new Dictionary<int, string>();
        var cells = new List<Cell>?[lines.Count];
        var bands = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (skipped(i))
            {
                continue;
            }

            var parts = Cells(lines[i]);
            if (parts.Count < 2)
            {
                continue;
            }

            cells[i] = parts;
            if (TableLine.IsFigure(parts[parts.Count - 1].Text))
            {
                bands.Add(i);
            }
            else
            {
                cut.Add(i, string.Join(" ", parts.ConvertAll(p => p.Text)));
            }
        }

        if (bands.Count == 0)
        {
            return new UnruledRows(page, rows, spent, cut, LeadingText(lines, skipped, cells, out var first), first);
        }

        // Label lines: the free lines that stand left of the figures, near a row; each joins the nearest row.
        var labelLines = new Dictionary<int, List<int>>();
        foreach (var band in bands)
        {
            labelLines.Add(band, new List<int> { band });
        }

        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            DocumentWork.Add(1);
            while (next < bands.Count && bands[next] < i)
            {
                next++;
            }

            if (skipped(i) || labelLines.ContainsKey(i))
            {
                continue;
            }

            // The rows just above and just below the line (bands are in line order, top first).
            var nearest = -1;
            var distance = double.MaxValue;
            foreach (var candidate in new[] { next - 1, next })
            {
                if (candidate < 0 || candidate >= bands.Count)
                {
                    continue;
                }

                var band = lines[bands[candidate]];
                var d = Math.Abs(band.Baseline - lines[i].Baseline);
                if (d < distance && lines[i].Right < FirstFigure(cells[bands[candidate]]!) && d <= Reach * band.Size * 1.2)
                {
                    nearest = bands[candidate];
                    distance = d;
                }
            }

            if (nearest >= 0)
            {
                labelLines[nearest].Add(i);
                spent.Add(i);
                cut.Remove(i);
            }
        }

        foreach (var band in bands)
        {
            rows.Add(band, Read(lines, cells, band, labelLines[band], page));
        }

        var leading = LeadingText(lines, skipped, cells, out var leadingLine);
        return new UnruledRows(page, rows, spent, cut, spent.Contains(leadingLine) ? null : leading, leadingLine);
    }

    private static Row Read(List<TextLine> lines, List<Cell>?[] cells, int band, List<int> labelLines, int page)
    {
        var own = cells[band]!;

        // The first figure from which every cell to the end is a figure.
        var figures = own.Count;
        while (figures > 0 && TableLine.IsFigure(own[figures - 1].Text))
        {
            figures--;
        }

        // The label text around the row: its own cells before the figures and the cells of its label lines, top first.
        var labels = new List<(int Line, Cell Cell)>();
        labelLines.Sort();
        foreach (var index in labelLines)
        {
            var parts = index == band ? own.GetRange(0, figures) : cells[index] ?? new List<Cell> { new(lines[index].Text.Trim(), lines[index].Left) };
            foreach (var part in parts)
            {
                labels.Add((index, part));
            }
        }

        // The innermost label: the cells in the rightmost column of label text (a wrapped line may start a bracket's
        // bearing to the left of the first), top first.
        var column = double.MinValue;
        foreach (var (_, cell) in labels)
        {
            column = Math.Max(column, cell.Left);
        }

        var row = new Row(band, page);
        foreach (var (line, cell) in labels)
        {
            if (cell.Left >= column - (lines[band].Size * 0.75))
            {
                row.Label.Add(cell.Text);
                row.Above += line < band ? 1 : 0;
            }
        }

        for (var i = figures; i < own.Count; i++)
        {
            row.Figures.Add(own[i].Text);
        }

        return row;
    }

    /// <summary>
    /// Names the rows of the whole document, page by page, by the form: a row whose innermost label is a row's label of
    /// the form gets that row's label path, the next such row after the last one named. A row the page break cut carries
    /// the end of its label to the top of the next page, where it joined the first row or stands alone: when moving those
    /// lines back names the row (and the row they joined), they go back.
    /// </summary>
    internal static void Name(IReadOnlyList<UnruledRows> pages)
    {
        var formRow = -1;
        Row? previous = null;
        foreach (var page in pages)
        {
            if (previous is { Named: < 0 } && previous.Page == page.Page - 1 && page.Leading is { } leading && FormLabels.Find(string.Concat(previous.Label) + leading, formRow) is var joined and >= 0)
            {
                previous.Label.Add(leading);
                previous.Named = formRow = joined;
                previous.Cells = Cells(previous);
                page.Spent.Add(page.LeadingLine);
                page.Cut.Remove(page.LeadingLine);
            }

            foreach (var row in page.Rows.OrderBy(r => r.Key).Select(r => r.Value))
            {
                NameRow(row, previous, ref formRow);
                previous = row;
            }
        }
    }

    private static void NameRow(Row row, Row? previous, ref int formRow)
    {
        var named = FormLabels.Find(string.Concat(row.Label), formRow);
        if (named < 0 && previous is { Named: < 0 } && previous.Page < row.Page)
        {
            for (var moved = 1; moved <= row.Above && named < 0; moved++)
            {
                var before = FormLabels.Find(string.Concat(previous.Label) + string.Concat(row.Label.GetRange(0, moved)), formRow);
                var after = before < 0 ? -1 : FormLabels.Find(string.Concat(row.Label.GetRange(moved, row.Label.Count - moved)), before);
                if (after >= 0)
                {
                    previous.Label.AddRange(row.Label.GetRange(0, moved));
                    row.Label.RemoveRange(0, moved);
                    previous.Named = before;
                    previous.Cells = Cells(previous);
                    named = after;
                }
            }
        }

        row.Named = named;
        row.Cells = Cells(row);
        formRow = named >= 0 ? named : formRow;
    }

    /// <summary>The index of the page's first line of content; -1 for none.</summary>
    private static int First(List<TextLine> lines, Func<int, bool> skipped)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!skipped(i))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? LeadingText(List<TextLine> lines, Func<int, bool> skipped, List<Cell>?[] cells, out int line)
    {
        line = First(lines, skipped);
        return line >= 0 && cells[line] is null ? lines[line].Text.Trim() : null;
    }

    private static BlockCell[] Cells(Row row)
    {
        var place = 0;
        SourcePlace Next() => SourcePlace.AtLine(row.Line + 1, ++place).OnPage(row.Page);
        var cells = new List<BlockCell>();
        if (row.Named >= 0)
        {
            foreach (var part in ReportForm.Rows[row.Named].LabelPath)
            {
                cells.Add(new BlockCell(part, Next()));
            }
        }
        else if (row.Label.Count > 0)
        {
            cells.Add(new BlockCell(string.Concat(row.Label), Next()));
        }

        foreach (var figure in row.Figures)
        {
            cells.Add(new BlockCell(figure, Next()));
        }

        return cells.ToArray();
    }

    private static double FirstFigure(List<Cell> cells)
    {
        foreach (var cell in cells)
        {
            if (TableLine.IsFigure(cell.Text))
            {
                return cell.Left;
            }
        }

        return double.MaxValue;
    }

    /// <summary>The line cut at gaps into cells, left to right; a glyph drawn twice on itself counts once.</summary>
    private static List<Cell> Cells(TextLine line)
    {
        var cells = new List<Cell>();
        var text = new StringBuilder();
        var left = 0.0;
        var started = false;
        Glyph? previous = null;
        foreach (var glyph in line.Glyphs)
        {
            DocumentWork.Add(1);
            if (previous is { } p)
            {
                if (p.Text == glyph.Text && Math.Abs(p.Left - glyph.Left) < 0.5 && Math.Abs(p.Baseline - glyph.Baseline) < 0.5)
                {
                    continue;
                }

                if (glyph.Start - p.End > glyph.Size * CellGap && !p.IsSpace && !glyph.IsSpace)
                {
                    Add(cells, text, left);
                    text.Clear();
                    started = false;
                }
            }

            if (!started && !glyph.IsSpace)
            {
                left = glyph.Left;
                started = true;
            }

            text.Append(glyph.Text);
            previous = glyph;
        }

        Add(cells, text, left);
        return cells;
    }

    private static void Add(List<Cell> cells, StringBuilder text, double left)
    {
        var value = text.ToString().Trim();
        if (value.Length > 0)
        {
            cells.Add(new Cell(value, left));
        }
    }

    private readonly record struct Cell(string Text, double Left);

    /// <summary>A row read off a page: where it stands, the parts of its innermost label (top first; <see cref="Above"/> of them from lines above its figures), its figures, and once named its cells.</summary>
    internal sealed class Row(int line, int page)
    {
        internal int Line { get; } = line;

        internal int Page { get; } = page;

        internal List<string> Label { get; } = new();

        internal int Above { get; set; }

        internal List<string> Figures { get; } = new();

        /// <summary>The index of the form's row it names; -1 for none.</summary>
        internal int Named { get; set; } = -1;

        internal BlockCell[] Cells { get; set; } = [];
    }
}
