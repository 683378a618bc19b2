using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>
/// GD601: after the relation rules, when one of them reported a finding, the smallest corrections that make every relation
/// hold (<see cref="CorrectionSolver"/>), one finding per changed cell. Where several corrections are as small, each is
/// reported, likeliest first, and its message says that the choice is open and names the others.
/// </summary>
/// <remarks>
/// It runs last among the built-in rules and reads the findings reported so far only to learn whether a relation failed:
/// a report whose relations hold costs one pass over its findings and nothing else.
/// </remarks>
internal sealed class CorrectionRule : ReportRule
{
    // The alternatives a message names; the findings list as many as the options allow.
    private const int MaxAlternativesNamed = 3;

    private readonly bool[] enabled;
    private readonly HashSet<string> ruleIds;
    private readonly int maxCells;
    private readonly int maxListed;

    /// <summary>Creates the rule for the relations of the rules not switched off.</summary>
    internal CorrectionRule(IReadOnlyCollection<string> disabledRules, int maxCells, int maxListed)
        : base(CorrectionRules.SuggestedCorrection)
    {
        var disabled = new HashSet<string>(disabledRules, StringComparer.Ordinal);
        enabled = RelationSystem.Form.Constraints.Select(c => !disabled.Contains(c.RuleId)).ToArray();
        ruleIds = new HashSet<string>(RelationSystem.Form.Constraints.Select(c => c.RuleId).Where(id => !disabled.Contains(id)), StringComparer.Ordinal);
        this.maxCells = maxCells;
        this.maxListed = maxListed;
    }

    public override void Check(RuleContext context)
    {
        // Apart from the findings' walk, nothing here runs (or allocates) unless a relation failed.
        if (context.Findings is { } findings && AnyRelationFailed(findings))
        {
            Suggest(context);
        }
    }

    private bool AnyRelationFailed(IReadOnlyList<Finding> findings)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            if (ruleIds.Contains(findings[i].RuleId))
            {
                return true;
            }
        }

        return false;
    }

    private void Suggest(RuleContext context)
    {
        var solver = new CorrectionSolver(RelationSystem.Form, enabled, context.Counts, context.Previous);
        var corrections = solver.Solve(maxCells);
        var listed = corrections.Take(maxListed).ToArray();
        PartList Describe(Correction correction, int except) =>
            CorrectionWords.Changes(correction.Changes.Where(c => c.Cell != except).Select(c => (ReportForm.Cells[c.Cell], c.Corrected)));

        // One finding per cell: a cell in several corrections is reported with the likeliest, the others named as alternatives.
        // Each correction is described once, however many findings name it as an alternative.
        var reported = new HashSet<int>();
        var explainedByAll = new List<int>();
        var explainedByCell = new List<int>();
        var described = new PartList?[listed.Length];
        PartList Described(int j) => described[j] ??= Describe(listed[j], -1);
        for (var i = 0; i < listed.Length; i++)
        {
            var correction = listed[i];
            if (correction.Changes.All(c => reported.Contains(c.Cell)))
            {
                continue;
            }

            explainedByAll.Clear();
            foreach (var change in correction.Changes)
            {
                solver.FailingWith(change.Cell, explainedByAll);
            }

            var tied = (i + 1 < corrections.Count && corrections[i + 1].Cost == correction.Cost) || (i > 0 && corrections[i - 1].Cost == correction.Cost);
            var others = new PartList[Math.Min(MaxAlternativesNamed, listed.Length - 1)];
            for (int j = 0, named = 0; named < others.Length; j++)
            {
                if (j != i)
                {
                    others[named++] = Described(j);
                }
            }

            foreach (var change in correction.Changes)
            {
                if (!reported.Add(change.Cell))
                {
                    continue;
                }

                explainedByCell.Clear();
                solver.FailingWith(change.Cell, explainedByCell);
                var explained = explainedByCell.Count == 0 ? explainedByAll : explainedByCell;
                var tail = CorrectionWords.Tail(
                    CorrectionWords.Slip(change.Slip),
                    CorrectionWords.Explains(RuleList(explained), explained.Count),
                    correction.Changes.Count > 1 ? CorrectionWords.Partners(Describe(correction, change.Cell)) : "",
                    CorrectionWords.Choice(i, corrections.Count, others.Length + 1, tied, others));
                var cell = ReportForm.Cells[change.Cell];
                context.ReportFinding(cell.Pointer, context.Format(cell, change.Corrected, change.Printed, tail), Pointers(explained), change.Corrected, change.Printed);
            }
        }
    }

    /// <summary>The pointers of the constraints' primary cells, each once, in the form's order.</summary>
    private static string[] Pointers(List<int> constraints)
    {
        var cells = new List<FormCell>(constraints.Count);
        foreach (var k in constraints)
        {
            var primary = RelationSystem.Form.Constraints[k].Primary;
            if (!cells.Contains(primary))
            {
                cells.Add(primary);
            }
        }

        cells.Sort((a, b) => a.Index.CompareTo(b.Index));
        var pointers = new string[cells.Count];
        for (var i = 0; i < pointers.Length; i++)
        {
            pointers[i] = cells[i].Pointer;
        }

        return pointers;
    }

    /// <summary>The constraints' rule IDs, each once, in ordinal order.</summary>
    private static PartList RuleList(List<int> constraints)
    {
        var ids = new List<string>(constraints.Count);
        foreach (var k in constraints)
        {
            var id = RelationSystem.Form.Constraints[k].RuleId;
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return CorrectionWords.Rules(ids);
    }
}
