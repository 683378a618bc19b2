using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>Laws of the validator over generated consistent reports (GovDisclosure.Rules.Testing).</summary>
public class ValidationProperties
{
    // The generators write years up to last year, so "today" is the real one.
    private static readonly ReportValidator Validator = new();

    private static readonly FormCell[] CountCells = ReportForm.Cells.Where(c => c.Kind == CellKind.Count).ToArray();

    private static readonly string[] RelationRules = ReportForm.Relations.Select(r => r.RuleId).Distinct().ToArray();

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void A_consistent_report_has_no_finding(AnnualReport report)
    {
        var result = Validator.Validate(report);
        Assert.True(result.Valid);
        Assert.Empty(result.Findings);
        Assert.Same(ValidationResult.Empty, result);
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void Changing_one_cell_breaks_exactly_the_relations_that_involve_it_at_their_primary_cells(AnnualReport report, NonNegativeInt pick, PositiveInt delta)
    {
        var (cell, changed) = ChangeOneCell(report, pick.Get, delta.Get);

        // An equality breaks whenever one of its cells moves; an "at most" relation only when the move overshoots.
        var broken = ReportForm.Relations.Where(r => r.Involves(cell) && (r.Comparison == RelationComparison.Equal || !r.Holds(changed))).ToArray();
        Assert.All(broken, r => Assert.False(r.Holds(changed)));

        var findings = Validator.Validate(changed).Findings.Where(f => RelationRules.Contains(f.RuleId)).ToArray();
        Assert.Equal(
            broken.Select(r => (r.RuleId, r.Primary.Pointer)).OrderBy(x => x.RuleId, StringComparer.Ordinal).ThenBy(x => x.Pointer, StringComparer.Ordinal),
            findings.Select(f => (f.RuleId, f.Path)).OrderBy(x => x.RuleId, StringComparer.Ordinal).ThenBy(x => x.Path, StringComparer.Ordinal));

        foreach (var finding in findings)
        {
            var relation = broken.Single(r => r.RuleId == finding.RuleId && r.Primary.Pointer == finding.Path);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Equal(relation.Related.Select(c => c.Pointer), finding.Related);
            Assert.Equal(relation.Primary.GetValue(changed), finding.Actual);

            // The expected value, where a count can take it, is the one that repairs the relation.
            if (finding.Expected is { } expected && expected >= 0)
            {
                Assert.True(relation.Holds(ReportForm.WithValue(changed, relation.Primary, expected)));
            }
        }

        // Nothing else is an error: the prose rules only warn.
        Assert.All(Validator.Validate(changed).Findings.Where(f => f.Severity == Severity.Error), f => Assert.Contains(f.RuleId, RelationRules));
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)])]
    public void Findings_come_in_document_order_then_by_rule_and_the_same_every_time(AnnualReport report, NonNegativeInt first, NonNegativeInt second, PositiveInt delta)
    {
        var (_, once) = ChangeOneCell(report, first.Get, delta.Get);
        var (_, twice) = ChangeOneCell(once, second.Get, delta.Get);
        var findings = Validator.Validate(twice).Findings;

        Assert.Equal(findings, Validator.Validate(twice).Findings);
        Assert.Equal(findings, new ValidationResult(findings.Reverse()).Findings);
        for (var i = 1; i < findings.Count; i++)
        {
            var (a, b) = (Position(findings[i - 1]), Position(findings[i]));
            Assert.True(a < b || (a == b && string.CompareOrdinal(findings[i - 1].RuleId, findings[i].RuleId) <= 0),
                $"{findings[i - 1]} should not come before {findings[i]}");
        }
    }

    /// <summary>The report with one count cell raised or lowered by <paramref name="delta"/> (never below 0).</summary>
    private static (FormCell Cell, AnnualReport Changed) ChangeOneCell(AnnualReport report, int pick, int delta)
    {
        var cell = CountCells[pick % CountCells.Length];
        var current = cell.GetCount(report);
        var lower = (pick / CountCells.Length) % 2 == 1 && current >= delta;
        return (cell, ReportForm.WithValue(report, cell, lower ? current - delta : current + delta));
    }

    /// <summary>A finding's place as the form gives it: a cell by its index; a section's own pointer before its cells, the overview first.</summary>
    private static int Position(Finding finding)
    {
        if (ReportForm.FindCell(finding.Path) is { } cell)
        {
            return (2 * cell.Index) + 1;
        }

        var section = ReportForm.Sections.First(s => finding.Path == s.Pointer || finding.Path.StartsWith(s.Pointer + "/", StringComparison.Ordinal));
        return section.Table is { } table ? 2 * table.Rows[0].Cells[0].Index : -1;
    }
}
