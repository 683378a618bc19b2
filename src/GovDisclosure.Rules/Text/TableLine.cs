using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// One line inside a table, cut into cells: the label cells that name a row, then the figure cells. Cells are separated
/// by tabs or | (Markdown); a line with neither is cut at runs of white space. The figures start at the first cell that
/// is a number or a blank mark (—, -, /, 无); empty cells before it are layout, empty cells between figures are blanks.
/// </summary>
internal sealed class TableLine
{
    private static readonly List<string> NoCells = [];
    private static readonly List<int> NoColumns = [];

    private TableLine(List<string> labels, List<int> labelColumns, List<string> figures, List<int> figureColumns, bool isSeparator)
    {
        Labels = labels;
        LabelColumns = labelColumns;
        Figures = figures;
        FigureColumns = figureColumns;
        IsSeparator = isSeparator;
    }

    /// <summary>The non-empty cells before the figures.</summary>
    internal IReadOnlyList<string> Labels { get; }

    /// <summary>Where each label cell starts in the line (from 1).</summary>
    internal IReadOnlyList<int> LabelColumns { get; }

    /// <summary>The cells from the first figure to the last non-empty cell (blank cells in between included).</summary>
    internal IReadOnlyList<string> Figures { get; }

    /// <summary>Where each figure cell starts in the line (from 1).</summary>
    internal IReadOnlyList<int> FigureColumns { get; }

    /// <summary>A Markdown table's |---|---| line.</summary>
    internal bool IsSeparator { get; }

    /// <summary>Cuts a line into cells.</summary>
    internal static TableLine Parse(string line)
    {
        var columns = new List<int>();
        var cells = Cells(line, columns);
        if (line.IndexOf('|') >= 0 && cells.Exists(c => c.Length > 0) && cells.TrueForAll(c => c.Length == 0 || IsRule(c)))
        {
            return new TableLine(NoCells, NoColumns, NoCells, NoColumns, isSeparator: true);
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

        var labels = new List<string>();
        var labelColumns = new List<int>();
        for (var i = 0; i < (first < 0 ? cells.Count : first); i++)
        {
            if (cells[i].Length > 0)
            {
                labels.Add(cells[i]);
                labelColumns.Add(columns[i]);
            }
        }

        return first < 0
            ? new TableLine(labels, labelColumns, NoCells, NoColumns, isSeparator: false)
            : new TableLine(labels, labelColumns, cells.GetRange(first, last - first + 1), columns.GetRange(first, last - first + 1), isSeparator: false);
    }

    /// <summary>A cell that is a figure: a number or a blank mark.</summary>
    internal static bool IsFigure(string cell) => IsNumber(cell) || IsBlankMark(cell);

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

    /// <summary>The cells of a line, and in <paramref name="columns"/> where each starts (from 1).</summary>
    private static List<string> Cells(string line, List<int> columns)
    {
        var cells = new List<string>();
        if (line.IndexOf('\t') >= 0 || line.IndexOf('|') >= 0)
        {
            var start = 0;
            for (var i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] is '\t' or '|')
                {
                    AddCell(cells, columns, line, start, i);
                    start = i + 1;
                }
            }
        }
        else
        {
            AddTokens(cells, columns, line, 0, line.Length);
        }

        return cells;
    }

    // A cell of several figures separated by spaces ("0 0 0" between two tabs) is several cells.
    private static void AddCell(List<string> cells, List<int> columns, string line, int start, int end)
    {
        var first = start;
        while (first < end && char.IsWhiteSpace(line[first]))
        {
            first++;
        }

        var last = end;
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
            var tokenColumns = new List<int>();
            AddTokens(tokens, tokenColumns, line, first, last);
            if (tokens.TrueForAll(IsFigure))
            {
                cells.AddRange(tokens);
                columns.AddRange(tokenColumns);
                return;
            }
        }

        cells.Add(first == last ? "" : line.Substring(first, last - first));
        columns.Add(first + 1);
    }

    private static void AddTokens(List<string> cells, List<int> columns, string line, int from, int end)
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
                columns.Add(start + 1);
            }
        }
    }
}
