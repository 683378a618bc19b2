using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>
/// Every relation of the form as a linear constraint over the count cells: Σ coefficient × cell + constant = 0 (or ≤ 0 for
/// an "at most" relation), each coefficient ±1. The relations within one report have no constant; a year-over-year
/// relation's constant is minus last year's figure. Built once from <see cref="ReportForm.Relations"/> and
/// <see cref="ReportForm.YearOverYearRelations"/>, with each cell's constraints listed, so that a change to one cell is
/// checked against only the few relations it is in.
/// </summary>
internal sealed class RelationSystem
{
    internal static readonly RelationSystem Form = new();

    private RelationSystem()
    {
        var constraints = new List<Constraint>();
        foreach (var relation in ReportForm.Relations)
        {
            constraints.Add(new Constraint(
                relation.RuleId, relation.Primary, relation.Comparison == RelationComparison.Equal,
                relation.Left.Select(c => (c.Index, 1)).Concat(relation.Right.Select(c => (c.Index, -1))).ToArray(), null));
        }

        foreach (var relation in ReportForm.YearOverYearRelations)
        {
            constraints.Add(new Constraint(
                relation.RuleId, relation.Current, true,
                new[] { (relation.Current.Index, 1) }.Concat(relation.Added.Select(c => (c.Index, -1))).Concat(relation.Subtracted.Select(c => (c.Index, 1))).ToArray(),
                relation.FromPrevious));
        }

        Constraints = constraints.ToArray();
        var incidence = new List<(int Constraint, int Coefficient)>[ReportForm.Cells.Count];
        for (var i = 0; i < incidence.Length; i++)
        {
            incidence[i] = [];
        }

        for (var k = 0; k < Constraints.Length; k++)
        {
            foreach (var (cell, coefficient) in Constraints[k].Terms)
            {
                incidence[cell].Add((k, coefficient));
            }
        }

        Incidence = incidence.Select(l => l.ToArray()).ToArray();
        IsTotal = new bool[ReportForm.Cells.Count];
        foreach (var relation in ReportForm.Relations)
        {
            if (relation.Comparison == RelationComparison.Equal && relation.Left.Count == 1 && relation.Right.Count > 1)
            {
                IsTotal[relation.Left[0].Index] = true;
            }
        }

        Neighbours = ReportForm.Cells.Select(NeighboursOf).ToArray();
    }

    /// <summary>Every constraint: the relations within one report first, then those between years.</summary>
    internal Constraint[] Constraints { get; }

    /// <summary>For each cell (by <see cref="FormCell.Index"/>), the constraints it is in and its coefficient there.</summary>
    internal (int Constraint, int Coefficient)[][] Incidence { get; }

    /// <summary>Whether a cell is the total of a sum (alone on the left of an equality with several cells on the right).</summary>
    internal bool[] IsTotal { get; }

    /// <summary>For each cell, the count cells beside it in its row and above and below it in its table.</summary>
    internal int[][] Neighbours { get; }

    private static int[] NeighboursOf(FormCell cell)
    {
        var neighbours = new List<FormCell>();
        var row = cell.Row;
        var column = cell.Column.Index;
        if (column > 0)
        {
            neighbours.Add(row.Cells[column - 1]);
        }

        if (column + 1 < row.Cells.Count)
        {
            neighbours.Add(row.Cells[column + 1]);
        }

        var rows = row.Table.Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r] != row)
            {
                continue;
            }

            foreach (var other in new[] { r - 1, r + 1 })
            {
                if (other >= 0 && other < rows.Count && rows[other].Shape == row.Shape)
                {
                    neighbours.Add(rows[other].Cells[column]);
                }
            }
        }

        return neighbours.Where(c => c.Kind == CellKind.Count).Select(c => c.Index).ToArray();
    }

    /// <summary>One relation as a constraint.</summary>
    internal sealed class Constraint(string ruleId, FormCell primary, bool equal, (int Cell, int Coefficient)[] terms, FormCell? fromPrevious)
    {
        /// <summary>The ID of the rule that reports it when it fails.</summary>
        internal string RuleId { get; } = ruleId;

        /// <summary>The cell that rule's finding points at.</summary>
        internal FormCell Primary { get; } = primary;

        /// <summary>Whether the constraint is an equality (otherwise "≤ 0").</summary>
        internal bool Equal { get; } = equal;

        /// <summary>The cells (by index) and their coefficients.</summary>
        internal (int Cell, int Coefficient)[] Terms { get; } = terms;

        /// <summary>Last year's cell whose figure, negated, is the constant; null within one report.</summary>
        internal FormCell? FromPrevious { get; } = fromPrevious;

        /// <summary>Whether a residual satisfies the constraint.</summary>
        internal bool Holds(long residual) => Equal ? residual == 0 : residual <= 0;
    }
}
