using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>
/// Finds the smallest sets of cell changes that make every constraint of <see cref="RelationSystem"/> hold: one cell, else
/// two. The constraints are linear with coefficients ±1, so a set of cells is solved, not searched: the equalities a cell
/// is in fix its change; an "at most" relation bounds it; a pair is solved as two equations in two unknowns.
/// </summary>
/// <remarks>
/// Every correction must touch every failing constraint, so a single cell is one of the cells of the smallest failing
/// constraint, tried against only the constraints it is in; a pair has one cell there and the other in the smallest
/// failing constraint the first leaves untouched (or, when the first touches them all, in a constraint the first is in).
/// A pair whose changes the equalities do not determine (one equation for both) is not a correction anyone can type: it
/// is left out.
/// </remarks>
internal sealed class CorrectionSolver
{
    private readonly RelationSystem system;
    private readonly bool[] active;
    private readonly long[] counts;
    private readonly long[] residuals;
    private readonly List<int> failing = [];

    // The same, as an array: looked along for every set of cells tried, and a list's enumerator costs more than the look.
    private readonly int[] failingArray;

    // The constraints a set of cells touches, with each cell's coefficient there: one list, cleared for each set. A set
    // of one or two cells touches a handful, which a look along the list finds sooner than a hash.
    private readonly List<KeyValuePair<int, int[]>> touched = [];

    // What solving a set needs, made once a solver and reused for every set it tries: most sets are no correction, and a
    // report that needs two cells changed tries a hundred of them.
    private readonly int[] oneCell = new int[1];
    private readonly int[] twoCells = new int[2];
    private readonly long?[] oneChange = new long?[1];
    private readonly long?[] twoChanges = new long?[2];
    private readonly List<int[]>[] coefficientRows = [[], [], []];
    private readonly int[] coefficientRowsUsed = new int[3];
    private readonly List<(int[] A, long B)> equations = [];
    private readonly List<int> partners = [];

    // The pairs tried, by their two cells: a set a thread keeps, cleared for each report, because a report that needs
    // two cells changed tries a hundred pairs and a new set grew by doubling for every one of them.
    [ThreadStatic]
    private static HashSet<long>? triedPairs;

    /// <summary>Prepares a solver for one report.</summary>
    /// <param name="system">The constraints.</param>
    /// <param name="enabled">Which constraints count (their rules run, and last year's report is given for those that need it).</param>
    /// <param name="counts">The report's counts by <see cref="FormCell.Index"/>.</param>
    /// <param name="previous">Last year's report, for the constants of the year-over-year constraints; null when not given.</param>
    internal CorrectionSolver(RelationSystem system, bool[] enabled, long[] counts, AnnualReport? previous)
    {
        this.system = system;
        this.counts = counts;
        var constraints = system.Constraints;
        active = new bool[constraints.Length];
        residuals = new long[constraints.Length];
        for (var k = 0; k < constraints.Length; k++)
        {
            var constraint = constraints[k];
            if (!enabled[k] || (constraint.FromPrevious is not null && previous is null))
            {
                continue;
            }

            active[k] = true;
            var residual = constraint.FromPrevious is { } fromPrevious ? -fromPrevious.Count(previous!) : 0;
            foreach (var (cell, coefficient) in constraint.Terms)
            {
                residual += coefficient * counts[cell];
            }

            residuals[k] = residual;
            if (!constraint.Holds(residual))
            {
                failing.Add(k);
            }
        }

        failingArray = failing.ToArray();
    }

    /// <summary>How many sets of cells were considered (each is checked against the failing constraints, then solved for): the work, counted so that tests can bound it.</summary>
    internal int Attempts { get; private set; }

    /// <summary>The failing constraints, in the system's order.</summary>
    internal IReadOnlyList<int> Failing => failing;

    /// <summary>Adds the failing constraints that a cell is in to <paramref name="into"/>, each once, in the order the cell is in them.</summary>
    internal void FailingWith(int cell, List<int> into)
    {
        foreach (var (k, _) in system.Incidence[cell])
        {
            if (active[k] && !system.Constraints[k].Holds(residuals[k]) && !into.Contains(k))
            {
                into.Add(k);
            }
        }
    }

    /// <summary>
    /// The smallest corrections of at most <paramref name="maxCells"/> cells, likeliest first (then in document order);
    /// none when every constraint holds or no such correction exists.
    /// </summary>
    internal List<Correction> Solve(int maxCells)
    {
        var found = new List<Correction>();
        if (failing.Count == 0)
        {
            return found;
        }

        var smallest = Smallest(failingArray, -1);
        foreach (var (cell, _) in system.Constraints[smallest].Terms)
        {
            oneCell[0] = cell;
            if (CoversEveryFailing(cell, cell) && TrySolve(oneCell, out var correction))
            {
                found.Add(correction);
            }
        }

        if (found.Count == 0 && maxCells >= 2)
        {
            var tried = triedPairs ??= [];
            tried.Clear();
            foreach (var (first, _) in system.Constraints[smallest].Terms)
            {
                foreach (var second in Partners(first))
                {
                    var key = ((long)Math.Min(first, second) << 32) | (uint)Math.Max(first, second);
                    if (first == second || !tried.Add(key) || !CoversEveryFailing(first, second))
                    {
                        continue;
                    }

                    twoCells[0] = Math.Min(first, second);
                    twoCells[1] = Math.Max(first, second);
                    if (TrySolve(twoCells, out var correction))
                    {
                        found.Add(correction);
                    }
                }
            }
        }

        found.Sort((a, b) =>
        {
            var byCost = a.Cost.CompareTo(b.Cost);
            return byCost != 0 ? byCost : CompareCells(a, b);
        });
        return found;
    }

    private static int CompareCells(Correction a, Correction b)
    {
        for (var i = 0; i < Math.Min(a.Changes.Count, b.Changes.Count); i++)
        {
            var byCell = a.Changes[i].Cell.CompareTo(b.Changes[i].Cell);
            if (byCell != 0)
            {
                return byCell;
            }
        }

        return a.Changes.Count.CompareTo(b.Changes.Count);
    }

    /// <summary>
    /// The cells that can pair with a first cell: those of the smallest failing constraint it is not in, else those of the
    /// constraints it is in (a cell may come more than once: the caller tries each pair once).
    /// </summary>
    private List<int> Partners(int first)
    {
        partners.Clear();
        var untouched = -1;
        foreach (var k in failingArray)
        {
            if (!Contains(k, first) && (untouched < 0 || system.Constraints[k].Terms.Length < system.Constraints[untouched].Terms.Length))
            {
                untouched = k;
            }
        }

        if (untouched >= 0)
        {
            foreach (var (cell, _) in system.Constraints[untouched].Terms)
            {
                partners.Add(cell);
            }

            return partners;
        }

        foreach (var (k, _) in system.Incidence[first])
        {
            if (active[k])
            {
                foreach (var (cell, _) in system.Constraints[k].Terms)
                {
                    partners.Add(cell);
                }
            }
        }

        return partners;
    }

    /// <summary>
    /// Whether every failing constraint contains one of the two cells (the same cell twice for one): a correction must
    /// touch them all, so a set that does not is not solved for. Asked before anything is allocated for the set.
    /// </summary>
    private bool CoversEveryFailing(int first, int second)
    {
        Attempts++;
        foreach (var k in failingArray)
        {
            if (!Contains(k, first) && !Contains(k, second))
            {
                return false;
            }
        }

        return true;
    }

    private int Smallest(int[] constraints, int excluding)
    {
        var best = -1;
        foreach (var k in constraints)
        {
            if (k != excluding && (best < 0 || system.Constraints[k].Terms.Length < system.Constraints[best].Terms.Length))
            {
                best = k;
            }
        }

        return best;
    }

    private bool Contains(int constraint, int cell)
    {
        foreach (var (k, _) in system.Incidence[cell])
        {
            if (k == constraint)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Solves for the changes of one or two cells that make every constraint hold, each change non-zero.</summary>
    private bool TrySolve(int[] cells, out Correction correction)
    {
        correction = null!;

        // The constraints touched, with each cell's coefficient there (0 where the cell is not in it).
        touched.Clear();
        coefficientRowsUsed[cells.Length] = 0;
        for (var v = 0; v < cells.Length; v++)
        {
            foreach (var (k, coefficient) in system.Incidence[cells[v]])
            {
                if (!active[k])
                {
                    continue;
                }

                var coefficients = RowOf(k);
                if (coefficients is null)
                {
                    coefficients = CoefficientRow(cells.Length);
                    touched.Add(new KeyValuePair<int, int[]>(k, coefficients));
                }

                coefficients[v] = coefficient;
            }
        }

        var changes = cells.Length == 1 ? oneChange : twoChanges;
        Array.Clear(changes, 0, changes.Length);
        if (!SolveEqualities(touched, changes))
        {
            return false;
        }

        // A cell the equalities leave free is bounded by the "at most" relations only: pick a figure within the bounds.
        for (var v = 0; v < cells.Length; v++)
        {
            if (changes[v] is null)
            {
                if (AnyEqualityWith(v) || !TryBound(cells, v, touched, changes))
                {
                    return false;
                }
            }
        }

        for (var t = 0; t < touched.Count; t++)
        {
            var pair = touched[t];
            var residual = residuals[pair.Key];
            for (var v = 0; v < cells.Length; v++)
            {
                residual += pair.Value[v] * changes[v]!.Value;
            }

            if (!system.Constraints[pair.Key].Holds(residual))
            {
                return false;
            }
        }

        var result = new CellChange[cells.Length];
        var cost = 0;
        for (var v = 0; v < cells.Length; v++)
        {
            var printed = counts[cells[v]];
            var corrected = printed + changes[v]!.Value;
            if (changes[v] == 0 || corrected < 0 || corrected > ReportForm.MaxCount)
            {
                return false;
            }

            var slip = TypingSlips.Classify(printed, corrected, cells[v], counts, system);
            cost += TypingSlips.Cost(slip);
            result[v] = new CellChange(cells[v], printed, corrected, slip);
        }

        correction = new Correction(result, cost);
        return true;
    }

    /// <summary>A row of coefficients, one a cell of the set, all 0: taken from those made for earlier sets when there are.</summary>
    private int[] CoefficientRow(int cells)
    {
        var rows = coefficientRows[cells];
        var used = coefficientRowsUsed[cells]++;
        if (used < rows.Count)
        {
            Array.Clear(rows[used], 0, cells);
            return rows[used];
        }

        var row = new int[cells];
        rows.Add(row);
        return row;
    }

    /// <summary>The coefficients of constraint <paramref name="k"/> when the set touches it already, else null.</summary>
    private int[]? RowOf(int k)
    {
        for (var t = 0; t < touched.Count; t++)
        {
            var pair = touched[t];
            if (pair.Key == k)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Whether an equality the set touches has cell <paramref name="v"/> in it.</summary>
    private bool AnyEqualityWith(int v)
    {
        for (var t = 0; t < touched.Count; t++)
        {
            var pair = touched[t];
            if (system.Constraints[pair.Key].Equal && pair.Value[v] != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fixes what the equalities determine: an equality in one unknown fixes it; one in two fixes the second once the
    /// first is known; two independent equalities in both fix both. False when they contradict each other or need a
    /// fraction.
    /// </summary>
    private bool SolveEqualities(List<KeyValuePair<int, int[]>> touched, long?[] changes)
    {
        equations.Clear();
        for (var t = 0; t < touched.Count; t++)
        {
            var pair = touched[t];
            if (system.Constraints[pair.Key].Equal)
            {
                equations.Add((pair.Value, -residuals[pair.Key]));
            }
        }

        for (var round = 0; round < 2; round++)
        {
            for (var e = 0; e < equations.Count; e++)
            {
                var (a, b) = equations[e];
                var unknown = -1;
                var rest = b;
                var unknowns = 0;
                for (var v = 0; v < a.Length; v++)
                {
                    if (a[v] == 0)
                    {
                        continue;
                    }

                    if (changes[v] is { } known)
                    {
                        rest -= a[v] * known;
                    }
                    else
                    {
                        unknown = v;
                        unknowns++;
                    }
                }

                if (unknowns == 0 && rest != 0)
                {
                    return false;
                }

                if (unknowns == 1)
                {
                    changes[unknown] = rest * a[unknown];
                }
            }
        }

        if (changes.Length == 2 && changes[0] is null && changes[1] is null)
        {
            // Only equations in both unknowns are left: two independent ones (a different ratio) fix both.
            for (var i = 0; i < equations.Count; i++)
            {
                for (var j = i + 1; j < equations.Count; j++)
                {
                    var (a, b) = equations[i];
                    var (c, d) = equations[j];
                    var determinant = (a[0] * c[1]) - (a[1] * c[0]);
                    if (determinant == 0)
                    {
                        continue;
                    }

                    var x = (b * c[1]) - (a[1] * d);
                    var y = (a[0] * d) - (b * c[0]);
                    if (x % determinant != 0 || y % determinant != 0)
                    {
                        return false;
                    }

                    changes[0] = x / determinant;
                    changes[1] = y / determinant;
                    return true;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Picks the change of a cell bounded only by "at most" relations (given the other changes, which must be known):
    /// a figure a typing slip could have printed as the printed one, else the nearest bound.
    /// </summary>
    private bool TryBound(int[] cells, int v, List<KeyValuePair<int, int[]>> touched, long?[] changes)
    {
        long low = -counts[cells[v]];
        var high = ReportForm.MaxCount - counts[cells[v]];
        for (var t = 0; t < touched.Count; t++)
        {
            var pair = touched[t];
            var a = pair.Value[v];
            if (a == 0)
            {
                continue;
            }

            var residual = residuals[pair.Key];
            for (var w = 0; w < cells.Length; w++)
            {
                if (w != v && pair.Value[w] != 0)
                {
                    if (changes[w] is not { } other)
                    {
                        return false;
                    }

                    residual += pair.Value[w] * other;
                }
            }

            // residual + a·d ≤ 0.
            if (a > 0)
            {
                high = Math.Min(high, -residual);
            }
            else
            {
                low = Math.Max(low, residual);
            }
        }

        if (low > high || (low <= 0 && high >= 0))
        {
            // Infeasible, or the cell needs no change (another cell of the set does the work: not the smallest set).
            return false;
        }

        var printed = counts[cells[v]];
        foreach (var original in TypingSlips.Originals(printed))
        {
            if (original - printed >= low && original - printed <= high)
            {
                changes[v] = original - printed;
                return true;
            }
        }

        changes[v] = low > 0 ? low : high;
        return true;
    }
}
