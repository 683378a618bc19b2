using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// A table found by its ruling lines: the distinct x of its vertical rules and y of its horizontal rules make a base grid;
/// neighbouring base cells with no rule between them are one cell, so a rowspan or colspan comes out as the cell it was
/// drawn as. Glyphs inside a cell are its text.
/// </summary>
internal sealed class RuledTable
{
    // Borders drawn as separate boxes per cell sit a line's width apart, and a cell cut by a page break may end a few
    // points off its row's line: closer than this they are one grid line (a row of text is far taller).
    private const double Slack = 4;

    private readonly double[] xs;
    private readonly double[] ys;
    private readonly int[] owner;

    private RuledTable(double[] xs, double[] ys, int[] owner, List<TableCell> cells)
    {
        this.xs = xs;
        this.ys = ys;
        this.owner = owner;
        Cells = cells;
    }

    /// <summary>The cells, in order of their top-left base position (row, then column).</summary>
    internal List<TableCell> Cells { get; }

    /// <summary>Base rows, top first.</summary>
    internal int Rows => ys.Length - 1;

    /// <summary>Base columns, left first.</summary>
    internal int Columns => xs.Length - 1;

    internal double Top => ys[0];

    internal double Bottom => ys[ys.Length - 1];

    internal double Left => xs[0];

    internal double Right => xs[xs.Length - 1];

    /// <summary>The cell covering a base position.</summary>
    internal TableCell At(int row, int column) => Cells[owner[(row * Columns) + column]];

    /// <summary>Finds the tables among a page's rules: rules that touch one another, with at least two of each direction.</summary>
    internal static List<RuledTable> Find(List<Rule> rules, Import.GridBudget budget)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        // Pieces of one line (a border drawn cell by cell) touch end to end: each line's pieces are merged in one pass
        // along it. Then a vertical line touches the horizontal lines it crosses, found by their y: the work is the
        // crossings (a table's grid), never every pair of rules.
        void Union(int a, int b) => parent[Root(a)] = Root(b);
        var horizontal = Lines(rules, true, Union);
        var vertical = Lines(rules, false, Union);
        var ys = horizontal.Select(h => h.At).ToArray();
        foreach (var line in vertical)
        {
            for (var h = LowerBound(ys, line.From - Slack); h < horizontal.Count && horizontal[h].At <= line.To + Slack; h++)
            {
                DocumentWork.Add(1);
                if (horizontal[h].From - Slack <= line.At && line.At <= horizontal[h].To + Slack)
                {
                    Union(line.Rule, horizontal[h].Rule);
                }
            }
        }

        var order = Enumerable.Range(0, rules.Count).OrderBy(i => rules[i].Left).ThenBy(i => rules[i].Bottom).ThenBy(i => rules[i].Right).ThenBy(i => rules[i].Top).ToArray();
        var tables = new List<RuledTable>();
        foreach (var group in order.GroupBy(Root).OrderBy(g => g.Key))
        {
            var members = group.Select(i => rules[i]).ToList();
            if (Build(members, budget) is { } table)
            {
                tables.Add(table);
            }
        }

        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        return tables;
    }

    /// <summary>
    /// The lines the rules of one direction draw, sorted by position: rules closer than the slack across and touching
    /// along (sorted by position, then start) are pieces of one line, and are joined.
    /// </summary>
    private static List<(double At, double From, double To, int Rule)> Lines(List<Rule> rules, bool horizontal, Action<int, int> join)
    {
        var lines = new List<(double At, double From, double To, int Rule)>();
        var pieces = Enumerable.Range(0, rules.Count).Where(i => rules[i].Horizontal == horizontal)
            .OrderBy(i => rules[i].At).ThenBy(i => rules[i].From).ToList();
        foreach (var i in pieces)
        {
            DocumentWork.Add(1);
            var rule = rules[i];
            if (lines.Count > 0 && lines[lines.Count - 1] is var last && rule.At - last.At <= Slack && rule.From <= last.To + Slack)
            {
                join(i, last.Rule);
                lines[lines.Count - 1] = (last.At, last.From, Math.Max(last.To, rule.To), last.Rule);
            }
            else
            {
                lines.Add((rule.At, rule.From, rule.To, i));
            }
        }

        return lines;
    }

    /// <summary>The index of the first of the ascending values that is at least <paramref name="value"/>.</summary>
    private static int LowerBound(double[] values, double value)
    {
        var (low, high) = (0, values.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (values[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The cell holding a point, if the point is inside the table.</summary>
    internal TableCell? CellAt(double x, double y)
    {
        if (x <= Left || x >= Right || y >= Top || y <= Bottom)
        {
            return null;
        }

        var column = Array.BinarySearch(xs, x);
        column = column >= 0 ? column : ~column - 1;
        var row = Array.BinarySearch(ys, y, Descending.Instance);
        row = row >= 0 ? row : ~row - 1;
        return row < 0 || row >= Rows || column < 0 || column >= Columns ? null : At(row, column);
    }

    private static RuledTable? Build(List<Rule> rules, Import.GridBudget budget)
    {
        var xs = Positions(rules.Where(r => !r.Horizontal).Select(r => r.At));
        var ys = Positions(rules.Where(r => r.Horizontal).Select(r => r.At));
        var ascendingYs = ys.ToArray();
        if (xs.Length < 2 || ys.Length < 2 || xs[xs.Length - 1] - xs[0] < 10 || ys[ys.Length - 1] - ys[0] < 5)
        {
            return null;
        }

        Array.Reverse(ys);
        var columns = xs.Length - 1;
        var rows = ys.Length - 1;
        budget.Spend((long)rows * columns);
        DocumentWork.Add((rows * columns) + rules.Count);
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        void Union(int a, int b)
        {
            var ra = Root(a);
            var rb = Root(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        // The rules at each grid line, so that asking whether a boundary is ruled looks only at that line's rules.
        var vertical = xs.Select(_ => new List<Rule>()).ToArray();
        var horizontal = ys.Select(_ => new List<Rule>()).ToArray();
        foreach (var rule in rules)
        {
            if (rule.Horizontal)
            {
                horizontal[ys.Length - 1 - Line(ascendingYs, rule.At)].Add(rule);
            }
            else
            {
                vertical[Line(xs, rule.At)].Add(rule);
            }
        }
        var verticalStretches = Array.ConvertAll(vertical, Covered);
        var horizontalStretches = Array.ConvertAll(horizontal, Covered);
        for (var row = 0; row < rows; row++)
        {
            var middle = (ys[row] + ys[row + 1]) / 2;
            for (var column = 0; column + 1 < columns; column++)
            {
                if (!Ruled(verticalStretches[column + 1], middle))
                {
                    Union((row * columns) + column, (row * columns) + column + 1);
                }
            }
        }

        for (var column = 0; column < columns; column++)
        {
            var middle = (xs[column] + xs[column + 1]) / 2;
            for (var row = 0; row + 1 < rows; row++)
            {
                if (!Ruled(horizontalStretches[row + 1], middle))
                {
                    Union((row * columns) + column, ((row + 1) * columns) + column);
                }
            }
        }

        var owner = new int[rows * columns];
        var cells = new List<TableCell>();
        var index = new Dictionary<int, int>();
        for (var position = 0; position < owner.Length; position++)
        {
            var root = Root(position);
            if (!index.TryGetValue(root, out var cell))
            {
                cell = cells.Count;
                index.Add(root, cell);
                cells.Add(new TableCell(position / columns, position % columns));
            }

            owner[position] = cell;
            cells[cell].Cover(position / columns, position % columns);
        }

        foreach (var cell in cells)
        {
            cell.Bounds = (xs[cell.FirstColumn], xs[cell.LastColumn + 1], ys[cell.LastRow + 1], ys[cell.FirstRow]);
        }

        return new RuledTable(xs, ys, owner, cells);
    }

    /// <summary>
    /// The stretches of a grid line its rules cover (give or take the slack), merged and in order, so that asking whether
    /// a boundary is ruled is a binary search however many pieces the line was drawn in.
    /// </summary>
    private static (double From, double To)[] Covered(List<Rule> rules)
    {
        rules.Sort((a, b) => a.From.CompareTo(b.From));
        var stretches = new List<(double From, double To)>();
        foreach (var rule in rules)
        {
            DocumentWork.Add(1);
            if (stretches.Count > 0 && rule.From - Slack <= stretches[stretches.Count - 1].To)
            {
                var last = stretches[stretches.Count - 1];
                stretches[stretches.Count - 1] = (last.From, Math.Max(last.To, rule.To + Slack));
            }
            else
            {
                stretches.Add((rule.From - Slack, rule.To + Slack));
            }
        }

        return stretches.ToArray();
    }

    /// <summary>Whether one of a grid line's stretches covers the point <paramref name="along"/> of the line.</summary>
    private static bool Ruled((double From, double To)[] stretches, double along)
    {
        DocumentWork.Add(1);
        var (low, high) = (0, stretches.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (stretches[middle].From <= along)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 && along <= stretches[low - 1].To;
    }

    /// <summary>The grid line a position was merged into: the last line starting at or before it.</summary>
    private static int Line(double[] lines, double at)
    {
        var index = Array.BinarySearch(lines, at);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>The distinct positions, ascending, each closer than the slack to the one before merged into it (at the first).</summary>
    private static double[] Positions(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var positions = new List<double>();
        foreach (var value in sorted)
        {
            if (positions.Count == 0 || value - positions[positions.Count - 1] > Slack)
            {
                positions.Add(value);
            }
        }

        return positions.ToArray();
    }

    private sealed class Descending : IComparer<double>
    {
        internal static readonly Descending Instance = new();

        public int Compare(double x, double y) => y.CompareTo(x);
    }
}
