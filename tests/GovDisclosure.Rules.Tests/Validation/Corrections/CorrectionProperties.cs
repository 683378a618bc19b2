using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using GovDisclosure.Rules.Validation.Corrections;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation.Corrections;

/// <summary>Laws of GD601 over generated consistent reports with one or two cells changed.</summary>
public class CorrectionProperties
{
    private const string Id = "GD601";

    private static readonly ReportValidator Validator = new();

    // Listing every alternative, so that a law about "the candidates" is not cut short by the default bound.
    private static readonly ReportValidator ListingAll = new(new ValidationOptions { MaxCorrectionsListed = 1000 });

    private static readonly bool[] Everything = RelationSystem.Form.Constraints.Select(_ => true).ToArray();

    // The cells some relation of one report reads: changing any other cell breaks nothing.
    private static readonly FormCell[] RelatedCells = ReportForm.Cells.Where(c => ReportForm.Relations.Any(r => r.Involves(c))).ToArray();

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void A_consistent_report_never_gets_a_suggestion(AnnualReport report) =>
        Assert.DoesNotContain(Validator.Validate(report).Findings, f => f.RuleId == Id);

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void Consistent_consecutive_reports_never_get_a_suggestion(ConsecutiveReports reports) =>
        Assert.DoesNotContain(Validator.Validate(reports.Current, reports.Previous).Findings, f => f.RuleId == Id);

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void One_changed_cell_is_found_exactly_when_it_breaks_two_relations_and_among_the_candidates_otherwise(AnnualReport report, NonNegativeInt pick, PositiveInt delta, bool lower)
    {
        var (cell, old, changed) = Change(report, pick.Get, delta.Get, lower);
        var broken = ReportForm.Relations.Count(r => !r.Holds(changed));
        var suggestions = ListingAll.Validate(changed).Findings.Where(f => f.RuleId == Id).ToArray();
        if (broken == 0)
        {
            Assert.Empty(suggestions);
            return;
        }

        // Every suggestion is a one-cell correction (one exists: the cell changed), and each alone repairs the report.
        Assert.NotEmpty(suggestions);
        foreach (var suggestion in suggestions)
        {
            var repaired = ReportForm.WithValue(changed, ReportForm.FindCell(suggestion.Path)!, suggestion.Expected!.Value);
            Assert.All(ReportForm.Relations, r => Assert.True(r.Holds(repaired), $"{suggestion} leaves {r} failing"));
            Assert.Equal(ReportForm.FindCell(suggestion.Path)!.GetValue(changed), suggestion.Actual);
            Assert.NotEmpty(suggestion.Related);
        }

        if (broken >= 2)
        {
            var only = Assert.Single(suggestions);
            Assert.Equal((cell.Pointer, (decimal?)old), (only.Path, only.Expected));
            Assert.Contains("唯一", only.Message);
        }
        else
        {
            Assert.Contains(suggestions, s => s.Path == cell.Pointer);
            Assert.All(suggestions, s => Assert.Contains(suggestions.Length == 1 ? "唯一" : "无法确定", s.Message));
        }
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void Two_cells_changed_in_disjoint_relations_are_found_as_a_pair(AnnualReport report, NonNegativeInt first, NonNegativeInt second, PositiveInt delta, bool lower)
    {
        var (a, oldA, once) = Change(report, first.Get, delta.Get, lower);
        var b = RelatedCells[second.Get % RelatedCells.Length];
        if (ReportForm.Relations.Any(r => r.Involves(a) && r.Involves(b)) || a == b)
        {
            return;
        }

        var oldB = b.GetCount(once);
        var twice = ReportForm.WithValue(once, b, oldB + delta.Get);
        var brokenByA = ReportForm.Relations.Count(r => r.Involves(a) && !r.Holds(twice));
        var brokenByB = ReportForm.Relations.Count(r => r.Involves(b) && !r.Holds(twice));
        var solver = new CorrectionSolver(RelationSystem.Form, Everything, ReportForm.ReadCounts(twice), null);
        var corrections = solver.Solve(2);
        if (brokenByA == 0 || brokenByB == 0)
        {
            // One of the changes broke nothing: the other alone is corrected.
            Assert.All(corrections, c => Assert.Single(c.Changes));
            return;
        }

        Assert.All(corrections, c => Assert.Equal(2, c.Changes.Count));
        Assert.Contains(corrections, c =>
            c.Changes.Any(x => x.Cell == a.Index && x.Corrected == oldA) && c.Changes.Any(x => x.Cell == b.Index && x.Corrected == oldB)
            || (brokenByA == 1 || brokenByB == 1) && c.Changes.Any(x => x.Cell == a.Index) && c.Changes.Any(x => x.Cell == b.Index));

        // Whichever pair is suggested, it repairs the report.
        foreach (var correction in corrections)
        {
            var repaired = correction.Changes.Aggregate(twice, (r, x) => ReportForm.WithValue(r, ReportForm.Cells[x.Cell], x.Corrected));
            Assert.All(ReportForm.Relations, r => Assert.True(r.Holds(repaired)));
        }

        // The validator reports the pair's cells among its suggestions.
        var paths = ListingAll.Validate(twice).Findings.Where(f => f.RuleId == Id).Select(f => f.Path).ToArray();
        Assert.Contains(a.Pointer, paths);
        Assert.Contains(b.Pointer, paths);
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void The_solver_tries_the_cells_of_the_smallest_failing_relation_and_pairs_pruned_to_failing_relations(AnnualReport report, NonNegativeInt first, NonNegativeInt second, PositiveInt delta)
    {
        var (_, _, once) = Change(report, first.Get, delta.Get, false);
        var (_, _, twice) = Change(once, second.Get, delta.Get, false);
        foreach (var broken in new[] { once, twice })
        {
            var solver = new CorrectionSolver(RelationSystem.Form, Everything, ReportForm.ReadCounts(broken), null);
            var corrections = solver.Solve(2);
            var failing = solver.Failing.Select(k => RelationSystem.Form.Constraints[k].Terms.Length).ToArray();
            if (failing.Length == 0)
            {
                Assert.Equal(0, solver.Attempts);
                continue;
            }

            // One pass over the smallest failing relation's cells; pairs only when no single cell will do, each first cell
            // paired with the cells of one relation: never the 19,900 pairs of the form's 200 cells.
            var widest = RelationSystem.Form.Constraints.Max(c => c.Terms.Length);
            var singles = failing.Min();
            var bound = corrections.Count > 0 && corrections[0].Changes.Count == 1 ? singles : singles + (singles * 3 * widest);
            Assert.InRange(solver.Attempts, 1, bound);
        }
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void Suggestions_are_off_when_the_options_say_so(AnnualReport report, NonNegativeInt pick, PositiveInt delta)
    {
        var (_, _, changed) = Change(report, pick.Get, delta.Get, false);
        var off = new ReportValidator(new ValidationOptions { SuggestCorrections = false }).Validate(changed).Findings;
        Assert.DoesNotContain(off, f => f.RuleId == Id);
        Assert.Equal(off, Validator.Validate(changed).Findings.Where(f => f.RuleId != Id));
    }

    /// <summary>The report with a cell some relation reads raised or lowered by <paramref name="delta"/> (never below 0).</summary>
    private static (FormCell Cell, long Old, AnnualReport Changed) Change(AnnualReport report, int pick, int delta, bool lower)
    {
        var cell = RelatedCells[pick % RelatedCells.Length];
        var old = cell.GetCount(report);
        var value = lower && old >= delta ? old - delta : old + delta;
        return (cell, old, ReportForm.WithValue(report, cell, value));
    }
}
