using System;
using System.Collections.Generic;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>One drawn cell of a ruled table: the base rows and columns it covers, its box, and the glyphs inside it.</summary>
internal sealed class TableCell
{
    internal TableCell(int row, int column)
    {
        FirstRow = LastRow = row;
        FirstColumn = LastColumn = column;
    }

    internal int FirstRow { get; private set; }

    internal int LastRow { get; private set; }

    internal int FirstColumn { get; private set; }

    internal int LastColumn { get; private set; }

    /// <summary>Left, right, bottom, top.</summary>
    internal (double Left, double Right, double Bottom, double Top) Bounds { get; set; }

    internal List<Glyph> Glyphs { get; } = new();

    /// <summary>The cell's text, its lines joined; a cell continued from the previous page may have its text set.</summary>
    internal string Text { get; set; } = "";

    internal void Cover(int row, int column)
    {
        FirstRow = Math.Min(FirstRow, row);
        LastRow = Math.Max(LastRow, row);
        FirstColumn = Math.Min(FirstColumn, column);
        LastColumn = Math.Max(LastColumn, column);
    }
}
