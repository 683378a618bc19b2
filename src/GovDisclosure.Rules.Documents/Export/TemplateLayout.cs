using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Export;

/// <summary>
/// The official template of a report, as the .docx and HTML exporters lay it out: the lines of its canonical text — the
/// title, the lead-in, the headings, the paragraphs — and its three tables as grids whose merged cells are worked out
/// from the text grid: a caption absorbs the blank cells to its right, and a row label that repeats the one above (with
/// everything to its left) merges down into it. Read back, a merged cell gives the same grid as the text, so importing
/// the exported document gives the report that was exported.
/// </summary>
internal static class TemplateLayout
{
    /// <summary>The parts of the template, in order.</summary>
    internal static IReadOnlyList<TemplatePart> Parts(AnnualReport report)
    {
        var parts = new List<TemplatePart>();
        List<string[]>? rows = null;
        var first = true;
        foreach (var line in TextExporter.Export(report).Split('\n'))
        {
            if (line.IndexOf('\t') >= 0)
            {
                (rows ??= []).Add(line.Split('\t'));
                continue;
            }

            if (rows is not null)
            {
                parts.Add(TemplatePart.Table(Merge(rows)));
                rows = null;
            }

            if (line.Length > 0)
            {
                parts.Add(TemplatePart.Paragraph(line, first ? TemplateStyle.Title : Headings.IsHeading(line) ? TemplateStyle.Heading : TemplateStyle.Body));
                first = false;
            }
        }

        if (rows is not null)
        {
            parts.Add(TemplatePart.Table(Merge(rows)));
        }

        return parts;
    }

    /// <summary>Works out the merged cells of a grid.</summary>
    internal static TemplateCell[][] Merge(IReadOnlyList<string[]> grid)
    {
        var width = grid.Max(r => r.Length);
        var cells = new TemplateCell[grid.Count][];
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r].Concat(Enumerable.Repeat("", width - grid[r].Length)).ToArray();
            var data = row.Any(IsFigure);
            var firstFigure = data ? System.Array.FindIndex(row, IsFigure) : width;
            var line = new List<TemplateCell>();
            for (var c = 0; c < width;)
            {
                var span = 1;
                if (row[c].Length > 0 && !IsFigure(row[c]))
                {
                    while (c + span < (data ? firstFigure : width) && row[c + span].Length == 0)
                    {
                        span++;
                    }
                }

                line.Add(new TemplateCell(row[c], c, span));
                c += span;
            }

            cells[r] = line.ToArray();
        }

        for (var r = 1; r < grid.Count; r++)
        {
            foreach (var cell in cells[r])
            {
                if (cell.Span == 1 && cell.Text.Length > 0 && !IsFigure(cell.Text) && cells[r].Any(c => IsFigure(c.Text))
                    && cells[r - 1].Any(c => IsFigure(c.Text))
                    && cells[r - 1].FirstOrDefault(c => c.Column == cell.Column) is { Span: 1 } above && above.Text == cell.Text
                    && SameLeft(cells[r - 1], cells[r], cell.Column))
                {
                    cell.MergesUp = true;
                }
            }
        }

        return cells;
    }

    private static bool SameLeft(TemplateCell[] above, TemplateCell[] row, int column) =>
        row.Where(c => c.Column < column).Select(c => (c.Column, c.Span, c.Text))
            .SequenceEqual(above.Where(c => c.Column < column).Select(c => (c.Column, c.Span, c.Text)));

    private static bool IsFigure(string cell) => cell.Length > 0 && cell.All(c => c is >= '0' and <= '9' or '.' or '-');
}

/// <summary>How a paragraph of the template looks.</summary>
internal enum TemplateStyle
{
    /// <summary>The title.</summary>
    Title,

    /// <summary>A section or sub-section heading.</summary>
    Heading,

    /// <summary>A paragraph of prose.</summary>
    Body,
}

/// <summary>A paragraph or a table of the template.</summary>
internal sealed class TemplatePart
{
    private TemplatePart(string? text, TemplateStyle style, TemplateCell[][]? rows)
    {
        Text = text;
        Style = style;
        Rows = rows;
    }

    /// <summary>The paragraph's text; null for a table.</summary>
    internal string? Text { get; }

    /// <summary>The paragraph's style.</summary>
    internal TemplateStyle Style { get; }

    /// <summary>The table's rows; null for a paragraph.</summary>
    internal TemplateCell[][]? Rows { get; }

    internal static TemplatePart Paragraph(string text, TemplateStyle style) => new(text, style, null);

    internal static TemplatePart Table(TemplateCell[][] rows) => new(null, TemplateStyle.Body, rows);
}

/// <summary>A cell of a template table: its text, the grid column it starts in, how many it spans, and whether it
/// continues the cell above (a vertical merge).</summary>
internal sealed class TemplateCell(string text, int column, int span)
{
    internal string Text { get; } = text;

    internal int Column { get; } = column;

    internal int Span { get; } = span;

    internal bool MergesUp { get; set; }
}
