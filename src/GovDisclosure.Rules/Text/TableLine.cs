using System.Collections.Generic;
using System.Globalization;
using System.Text;

using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// One line inside a table, cut into cells: the label cells that name a row, then the figure cells. Cells are separated
/// by tabs or | (Markdown); a line with neither is cut at runs of white space. The figures start at the first cell that
/// is a number or a blank mark (—, -, /, 无); empty cells before it are layout, empty cells between figures are blanks.
/// </summary>
internal sealed class TableLine
{
    private static readonly List<string> NoCells = [];
    
    private static readonly List<SourcePlace> NoPlaces = [];

    private TableLine(List<string> cells, List<SourcePlace> places, int firstFigure, int lastFilled, bool isSeparator)
    {
        AllCells = cells;
        AllPlaces = places;

        // A line of figures alone (most lines of a table copied one cell a line) shares the empty lists and its own.
        List<string>? labels = null;
        List<SourcePlace>? labelPlaces = null;
        var labelsEnd = firstFigure < 0 ? cells.Count : firstFigure;
        for (var i = 0; i < labelsEnd; i++)
        {
            if (cells[i].Length > 0)
            {
                (labels ??= []).Add(cells[i]);
                (labelPlaces ??= []).Add(places[i]);
                LabelEnd = i + 1;
            }
        }

        Labels = labels ?? NoCells;
        LabelPlaces = labelPlaces ?? NoPlaces;
        var whole = firstFigure == 0 && lastFilled == cells.Count - 1;
        Figures = firstFigure < 0 ? NoCells : whole ? cells : cells.GetRange(firstFigure, lastFilled - firstFigure + 1);
        FigurePlaces = firstFigure < 0 ? NoPlaces : whole ? places : places.GetRange(firstFigure, lastFilled - firstFigure + 1);
        IsSeparator = isSeparator;
        for (var i = System.Math.Max(firstFigure, 0); firstFigure >= 0 && i <= lastFilled && !IsProse; i++)
        {
            IsProse = labels is null && !IsFigure(cells[i]) && IsSentence(cells[i]);
        }
    }

    /// <summary>Every cell of the line, empty ones included, in order.</summary>
    internal IReadOnlyList<string> AllCells { get; }

    /// <summary>Where each of <see cref="AllCells"/> stands.</summary>
    internal IReadOnlyList<SourcePlace> AllPlaces { get; }

    /// <summary>The index in <see cref="AllCells"/> just after the last label cell (0 without labels).</summary>
    internal int LabelEnd { get; }

    /// <summary>
    /// A sentence that starts with a number, such as “2020 年，我单位…” cut at its spaces: prose that strayed into a table
    /// (text extracted from a PDF), never a row of figures.
    /// </summary>
    internal bool IsProse { get; }

    /// <summary>The non-empty cells before the figures.</summary>
    internal IReadOnlyList<string> Labels { get; }

    /// <summary>Where each label cell stands.</summary>
    internal IReadOnlyList<SourcePlace> LabelPlaces { get; }

    /// <summary>The cells from the first figure to the last non-empty cell (blank cells in between included).</summary>
    internal IReadOnlyList<string> Figures { get; }

    /// <summary>Where each figure cell stands.</summary>
    internal IReadOnlyList<SourcePlace> FigurePlaces { get; }

    /// <summary>A Markdown table's |---|---| line.</summary>
    internal bool IsSeparator { get; }

    /// <summary>Whether a line of text holds cells: it has a tab or a |.</summary>
    internal static bool HoldsCells(string line) => line.IndexOf('\t') >= 0 || line.IndexOf('|') >= 0;

    /// <summary>The cells of a line of text that holds them (<see cref="HoldsCells"/>), cut at tabs and |, trimmed, placed at their line and column.</summary>
    internal static List<BlockCell> CellsOf(string line, int number)
    {
        ScanWork.Add(line.Length);
        var cells = new List<BlockCell>();
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i == line.Length || line[i] is '\t' or '|')
            {
                var first = start;
                while (first < i && char.IsWhiteSpace(line[first]))
                {
                    first++;
                }

                var last = i;
                while (last > first && char.IsWhiteSpace(line[last - 1]))
                {
                    last--;
                }

                // As in Markdown, the empty edge before a line's first | and after its last | is no cell: “| 0 | 3 |” is two
                // cells, “0 |” one, a lone “|” (opening a row copied one cell a line) none and “| |||” three empty ones.
                var isEdge = first == last && ((start == 0 && i < line.Length && line[i] == '|') || (i == line.Length && start > 0 && line[start - 1] == '|'));
                if (!isEdge)
                {
                    cells.Add(new BlockCell(first == last ? "" : line.Substring(first, last - first), SourcePlace.AtLine(number, first + 1)));
                }

                start = i + 1;
            }
        }

        return cells;
    }

    /// <summary>Cuts a paragraph standing in a table at runs of white space (text extracted from a PDF, or aligned by spaces).</summary>
    internal static TableLine Parse(string text, SourcePlace place)
    {
        ScanWork.Add(text.Length);
        var cells = new List<string>();
        var places = new List<SourcePlace>();
        AddTokens(cells, places, text, 0, text.Length, place);
        return Classify(cells, places, isSeparator: false);
    }

    /// <summary>Reads a table row's cells; a cell of several figures separated by spaces ("0 0 0") is several cells.</summary>
    internal static TableLine Parse(IReadOnlyList<BlockCell> row)
    {
        var cells = new List<string>(row.Count);
        var places = new List<SourcePlace>(row.Count);
        foreach (var cell in row)
        {
            AddCell(cells, places, cell);
        }

        var isSeparator = cells.Exists(c => c.Length > 0) && cells.TrueForAll(c => c.Length == 0 || IsRule(c));
        return Classify(cells, places, isSeparator);
    }

    private static TableLine Classify(List<string> cells, List<SourcePlace> places, bool isSeparator)
    {
        if (isSeparator)
        {
            return new TableLine([], [], -1, -1, isSeparator: true);
        }

        var first = -1;
        var last = -1;
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            last = i;
            if (first < 0 && IsFigure(cells[i]))
            {
                first = i;
            }
        }

        return new TableLine(cells, places, first, last, isSeparator: false);
    }

    // A cell of prose: it has sentence punctuation, or is long.
    private static bool IsSentence(string cell) => cell.Length > MaxLabelFreeCellLength || Wording.HasSentencePunctuation(Wording.Key(cell));

    // A cell after the figures that is longer than this is text, not a mistyped figure.
    private const int MaxLabelFreeCellLength = 8;

    /// <summary>A cell that is a figure: a number or a blank mark.</summary>
    internal static bool IsFigure(string cell) => IsNumber(cell) || IsBlankMark(cell) || IsMistypedNumber(cell);

    // A cell that is meant as a number though it is not a count (−164, 5e3, １，６４, 1.2.3): digits with signs, commas,
    // dots or an exponent only. It stands where a figure stands, so the row is found and the cell named as no count.
    private const int MaxMistypedNumberLength = 32;

    private static bool IsMistypedNumber(string cell)
    {
        var digits = false;
        if (cell.Length > MaxMistypedNumberLength)
        {
            return false;
        }

        foreach (var raw in cell)
        {
            var c = Wording.Fold(raw);
            if (Wording.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (!IsDash(raw) && c is not ('+' or ',' or '.' or 'e' or 'E'))
            {
                return false;
            }
        }

        return digits;
    }

    /// <summary>A cell that stands for zero: empty, or only dashes, or / or 无.</summary>
    internal static bool IsBlankMark(string cell)
    {
        if (cell.Length == 0 || cell == "无")
        {
            return true;
        }

        foreach (var c in cell)
        {
            if (!IsDash(c) && Wording.Fold(c) != '/')
            {
                return false;
            }
        }

        return cell.Length == 1 || IsDash(cell[0]);
    }

    /// <summary>Reads a whole number (commas between thousands allowed, full-width digits folded); false when it is not one.</summary>
    internal static bool TryReadCount(string cell, out long count)
    {
        count = 0;
        if (!IsNumber(cell, out var hasFraction) || hasFraction)
        {
            return false;
        }

        foreach (var raw in cell)
        {
            var c = Wording.Fold(raw);
            if (Wording.IsAsciiDigit(c))
            {
                var digit = c - '0';
                if (count > (long.MaxValue - digit) / 10)
                {
                    count = 0;
                    return false;
                }

                count = (count * 10) + digit;
            }
        }

        return true;
    }

    /// <summary>Reads a decimal number ≥ 0; false when it is not one.</summary>
    internal static bool TryReadAmount(string cell, out decimal amount)
    {
        amount = 0;
        if (!IsNumber(cell, out _))
        {
            return false;
        }

        var digits = new StringBuilder(cell.Length);
        foreach (var raw in cell)
        {
            var c = Wording.Fold(raw);
            if (Wording.IsAsciiDigit(c) || c == '.')
            {
                digits.Append(c);
            }
        }

        return decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Whether a cell is a number: digits, optionally grouped by commas in threes, optionally with a fraction.</summary>
    private static bool IsNumber(string cell) => IsNumber(cell, out _);

    /// <summary>
    /// Whether a cell is a number (full-width characters folded): digits, optionally grouped by commas in threes,
    /// optionally followed by a point and at least one digit. Reads without allocating: most cells are checked, few read.
    /// </summary>
    private static bool IsNumber(string cell, out bool hasFraction)
    {
        var digits = 0;
        var group = -1;
        var fraction = -1;
        foreach (var raw in cell)
        {
            var c = Wording.Fold(raw);
            if (Wording.IsAsciiDigit(c))
            {
                digits++;
                group = group >= 0 ? group + 1 : group;
                fraction = fraction >= 0 ? fraction + 1 : fraction;
            }
            else if (c == ',' && fraction < 0 && digits > 0 && (group < 0 ? digits <= 3 : group == 3))
            {
                group = 0;
            }
            else if (c == '.' && fraction < 0 && digits > 0 && group is < 0 or 3)
            {
                fraction = 0;
                group = -1;
            }
            else
            {
                hasFraction = false;
                return false;
            }
        }

        hasFraction = fraction > 0;
        return digits > 0 && fraction != 0 && group is < 0 or 3;
    }

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '－' or '─' or '━';

    // A Markdown rule cell: :---, ---:, :---:.
    private static bool IsRule(string cell)
    {
        var dashes = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '-')
            {
                dashes++;
            }
            else if (cell[i] != ':' || (i != 0 && i != cell.Length - 1))
            {
                return false;
            }
        }

        return dashes >= 3;
    }

    /// <summary>A place moved right by some characters, when it is a place in a line.</summary>
    internal static SourcePlace Shifted(SourcePlace place, int by) =>
        by == 0 || place.Line is not { } line || place.Page is not null ? place : SourcePlace.AtLine(line, (place.Column ?? 1) + by);

    private static void AddCell(List<string> cells, List<SourcePlace> places, BlockCell cell)
    {
        var line = cell.Text;
        var first = 0;
        while (first < line.Length && char.IsWhiteSpace(line[first]))
        {
            first++;
        }

        var last = line.Length;
        while (last > first && char.IsWhiteSpace(line[last - 1]))
        {
            last--;
        }

        var inner = first;
        while (inner < last && !char.IsWhiteSpace(line[inner]))
        {
            inner++;
        }

        if (inner < last)
        {
            var tokens = new List<string>();
            var tokenPlaces = new List<SourcePlace>();
            AddTokens(tokens, tokenPlaces, line, first, last, cell.Place);
            if (tokens.TrueForAll(IsFigure))
            {
                cells.AddRange(tokens);
                places.AddRange(tokenPlaces);
                return;
            }
        }

        cells.Add(first == 0 && last == line.Length ? line : line.Substring(first, last - first));
        places.Add(Shifted(cell.Place, first));
    }

    private static void AddTokens(List<string> cells, List<SourcePlace> places, string line, int from, int end, SourcePlace place)
    {
        var i = from;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < end && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                cells.Add(line.Substring(start, i - start));
                places.Add(Shifted(place, start));
            }
        }
    }
}
