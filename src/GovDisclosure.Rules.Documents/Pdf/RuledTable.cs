using System;
using System.Collections.Generic;
using System.Linq;

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

        // Sweep by left edge: only rules whose x ranges overlap can touch.
        var order = Enumerable.Range(0, rules.Count).OrderBy(i => rules[i].Left).ThenBy(i => rules[i].Bottom).ThenBy(i => rules[i].Right).ThenBy(i => rules[i].Top).ToArray();
        var open = new List<int>();
        foreach (var i in order)
        {
            open.RemoveAll(j => rules[j].Right + Slack < rules[i].Left);
            foreach (var j in open)
            {
                if (rules[i].Touches(rules[j], Slack))
                {
                    parent[Root(i)] = Root(j);
                }
            }

            open.Add(i);
        }

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
        for (var row = 0; row < rows; row++)
        {
            var middle = (ys[row] + ys[row + 1]) / 2;
            for (var column = 0; column + 1 < columns; column++)
            {
                if (!Ruled(vertical[column + 1], middle))
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
                if (!Ruled(horizontal[row + 1], middle))
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

    /// <summary>Whether one of a grid line's rules crosses the point <paramref name="along"/> of the line.</summary>
    private static bool Ruled(List<Rule> rules, double along) =>
        rules.Any(r => r.From - Slack <= along && along <= r.To + Slack);

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
