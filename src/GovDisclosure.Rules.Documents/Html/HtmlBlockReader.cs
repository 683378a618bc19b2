using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// Reads a web page into blocks: each paragraph or heading (<c>p</c>, <c>h1</c>–<c>h6</c>, <c>div</c>, <c>li</c> …, or a line
/// ended by <c>br</c>) a paragraph block at the line and column where its text starts; each row of a data table a row
/// block with one cell per grid column, rowspan and colspan resolved, each cell at the line and column of its element.
/// A table holding another table lays out the page rather than the report: its cells are read as flow. Portal chrome
/// (<see cref="PortalChrome"/>) is left out, and <see cref="ArticleBounds"/> keeps only the article the report is in.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
        "article", "main", "header", "center", "address", "figure", "figcaption", "caption", "body", "hr", "table", "tr", "td", "th",
    };

    // The elements a heading inside a table is written in.
    private static readonly HashSet<string> HeadingHolders = new(StringComparer.Ordinal) { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span" };

    private readonly List<(ReportBlock Block, IElement Origin)> blocks = [];
    private readonly GridBudget budget;
    private readonly int maxNesting;
    private HtmlText flow = new();
    private SourcePlace? flowPlace;
    private IElement? flowOrigin;

    private HtmlBlockReader(DocumentImportOptions options)
    {
        budget = new GridBudget(options);
        maxNesting = options.MaxNesting;
    }

    /// <summary>Parses a page and reads its report's blocks.</summary>
    internal static IReadOnlyList<ReportBlock> Read(string html, DocumentImportOptions options)
    {
        NestingScan.Check(html, options.MaxNesting);
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var reader = new HtmlBlockReader(options);
        if (document.Body is { } body)
        {
            reader.Walk(body, 0);
            reader.Flush();
        }

        return ArticleBounds.Keep(reader.blocks);
    }

    private void Walk(INode node, int depth)
    {
        if (depth > maxNesting * 2)
        {
            throw ImportLimitException.Nesting(maxNesting);
        }

        foreach (var child in node.ChildNodes)
        {
            DocumentWork.Add(1);
            if (child is IText text)
            {
                AddText(text.Data, text.ParentElement);
                continue;
            }

            if (child is not IElement element || PortalChrome.IsChrome(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                Flush();
            }
            else if (element is IHtmlTableElement table)
            {
                Flush();
                if (IsLayout(table))
                {
                    Walk(table, depth + 1);
                }
                else
                {
                    ReadGrid(table, depth + 1);
                }

                Flush();
            }
            else if (BlockElements.Contains(name))
            {
                Flush();
                Walk(element, depth + 1);
                Flush();
            }
            else
            {
                Walk(element, depth + 1);
            }
        }
    }

    private void AddText(string data, IElement? parent)
    {
        var had = flow.HasText;
        flow.Add(data);
        if (!had && flow.HasText)
        {
            flowPlace = PlaceOf(parent);
            flowOrigin = parent;
        }
    }

    private void Flush()
    {
        var text = flow.Take();
        if (text.Trim().Length > 0 && flowPlace is not null)
        {
            blocks.Add((ReportBlock.Paragraph(text, flowPlace), flowOrigin!));
        }

        flowPlace = null;
        flowOrigin = null;
    }

    /// <summary>
    /// A table that holds another table, or a section heading of the report, lays out the page: the report's tables are
    /// the innermost ones, and none of them holds a heading.
    /// </summary>
    private static bool IsLayout(IHtmlTableElement table) => table.QuerySelector("table") is not null || HoldsHeading(table);

    /// <summary>
    /// Whether an element a heading is written in (<see cref="HeadingHolders"/>) inside the table holds, trimmed, a section
    /// heading. The table's text is gathered once, each such element's stretch of it noted, and the white space at both
    /// ends of a stretch found from two indexes built in one pass each: asking every element for its own text would gather
    /// the same characters again at every level of nesting, quadratic in the depth.
    /// </summary>
    private static bool HoldsHeading(IElement table)
    {
        var text = new StringBuilder();
        var stretches = new List<(int Start, int End)>();
        Gather(table, text, stretches);
        var length = text.Length;
        DocumentWork.Add(length);

        // nextVisible[i]: the first character from i on that is not white space; visibleEnd[i]: the end of the text before
        // i without its trailing white space.
        var nextVisible = new int[length + 1];
        nextVisible[length] = length;
        for (var i = length - 1; i >= 0; i--)
        {
            nextVisible[i] = char.IsWhiteSpace(text[i]) ? nextVisible[i + 1] : i;
        }

        var visibleEnd = new int[length + 1];
        for (var i = 1; i <= length; i++)
        {
            visibleEnd[i] = char.IsWhiteSpace(text[i - 1]) ? visibleEnd[i - 1] : i;
        }

        foreach (var (start, end) in stretches)
        {
            var from = nextVisible[start];
            if (from >= end)
            {
                continue;
            }

            var to = visibleEnd[end];
            if (to - from <= Headings.MaxHeadingLength && Headings.SectionOf(text.ToString(from, to - from)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void Gather(INode node, StringBuilder text, List<(int Start, int End)> stretches)
    {
        foreach (var child in node.ChildNodes)
        {
            DocumentWork.Add(1);
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement element)
            {
                var start = text.Length;
                Gather(element, text, stretches);
                if (HeadingHolders.Contains(element.LocalName))
                {
                    stretches.Add((start, text.Length));
                }
            }
        }
    }

    private void ReadGrid(IHtmlTableElement table, int depth)
    {
        // A caption names the table above its rows, as a paragraph would.
        if (table.Caption is { } caption && !PortalChrome.IsChrome(caption))
        {
            Walk(caption, depth + 1);
            Flush();
        }

        var rows = table.Rows.ToArray();
        var grid = new List<List<BlockCell?>>(rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            grid.Add([]);
        }

        for (var r = 0; r < rows.Length; r++)
        {
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                var line = grid[r];
                while (column < line.Count && line[column] is not null)
                {
                    column++;
                }

                var colSpan = budget.Span(SpanOf(cell, "colspan"));
                var rowSpanAsked = SpanOf(cell, "rowspan");

                // rowspan="0", or one past the table's end, runs to the last row, as browsers lay it out.
                var rowSpan = rowSpanAsked == 0 ? rows.Length - r : Math.Min(budget.Span(rowSpanAsked), rows.Length - r);
                budget.Spend((long)colSpan * rowSpan);
                DocumentWork.Add(colSpan * rowSpan);
                var read = new BlockCell(CellText(cell, depth), PlaceOf(cell));
                for (var down = 0; down < rowSpan; down++)
                {
                    var target = grid[r + down];
                    while (target.Count < column + colSpan)
                    {
                        target.Add(null);
                    }

                    for (var across = 0; across < colSpan; across++)
                    {
                        target[column + across] ??= read;
                    }
                }

                column += colSpan;
            }
        }

        for (var r = 0; r < grid.Count; r++)
        {
            var cells = grid[r];
            if (cells.Count == 0)
            {
                continue;
            }

            var place = PlaceOf(rows[r]);
            var filled = cells.Select(c => c ?? new BlockCell("", place)).ToArray();
            blocks.Add((ReportBlock.TableRow(filled), rows[r]));
        }
    }

    private string CellText(IElement cell, int depth)
    {
        var outer = flow;
        var outerPlace = flowPlace;
        var outerOrigin = flowOrigin;
        flow = new HtmlText();
        ReadCell(cell, depth);
        var text = flow.Take();
        flow = outer;
        flowPlace = outerPlace;
        flowOrigin = outerOrigin;
        return text.Trim(' ', '\n');
    }

    private void ReadCell(INode node, int depth)
    {
        if (depth > maxNesting * 2)
        {
            throw ImportLimitException.Nesting(maxNesting);
        }

        foreach (var child in node.ChildNodes)
        {
            DocumentWork.Add(1);
            if (child is IText text)
            {
                flow.Add(text.Data);
            }
            else if (child is IElement element && !PortalChrome.IsChrome(element))
            {
                var breaks = element.LocalName == "br" || BlockElements.Contains(element.LocalName);
                if (breaks)
                {
                    flow.Break();
                }

                ReadCell(element, depth + 1);
                if (breaks)
                {
                    flow.Break();
                }
            }
        }
    }

    private static long SpanOf(IElement cell, string attribute)
    {
        var value = cell.GetAttribute(attribute);
        if (value is null)
        {
            return 1;
        }

        // Browsers read the leading digits and ignore the rest ("2px" is 2); no digits at all is 1.
        long span = 0;
        var digits = 0;
        foreach (var c in value.Trim())
        {
            if (c < '0' || c > '9')
            {
                break;
            }

            span = Math.Min((span * 10) + (c - '0'), int.MaxValue);
            digits++;
        }

        return digits == 0 ? 1 : span;
    }

    /// <summary>The line and column of an element's start tag, or of its nearest ancestor the parser placed.</summary>
    internal static SourcePlace PlaceOf(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            DocumentWork.Add(1);
            if (e.SourceReference is { } source && source.Position.Line >= 1)
            {
                return SourcePlace.AtLine(source.Position.Line, Math.Max(1, source.Position.Column));
            }
        }

        return SourcePlace.AtLine(1, 1);
    }
}
