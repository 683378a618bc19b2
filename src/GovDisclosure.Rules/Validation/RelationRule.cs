using System;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// The sum rules (GD101, GD201, GD202, GD203, GD301): one class, parameterised by the rule, that checks every relation of
/// <see cref="ReportForm.Relations"/> with that rule's ID. One finding per relation that fails, at the relation's primary
/// cell, with its other cells as related.
/// </summary>
/// <remarks>
/// Expected is the value the primary cell would need for the relation to hold with every other cell as it is (for an
/// "at most" relation, the largest such value); actual is the primary cell's value. The message shows the arithmetic
/// (<see cref="RelationArithmetic"/>).
/// </remarks>
internal sealed class RelationRule : ReportRule
{
    private readonly FormRelation[] relations;
    private readonly RelationArithmetic[] arithmetic;
    private readonly string[][] related;
    private readonly bool[] primaryOnLeft;

    internal RelationRule(RuleDescriptor descriptor)
        : base(descriptor)
    {
        relations = ReportForm.Relations.Where(r => r.RuleId == descriptor.Id).ToArray();
        if (relations.Length == 0)
        {
            throw new ArgumentException($"ReportForm defines no relation for {descriptor.Id}.", nameof(descriptor));
        }

        arithmetic = relations.Select(r => new RelationArithmetic(r)).ToArray();
        related = relations.Select(r => r.Related.Select(c => c.Pointer).ToArray()).ToArray();
        primaryOnLeft = relations.Select(r => r.Left.Contains(r.Primary)).ToArray();
    }

    public override void Check(RuleContext context)
    {
        var counts = context.Counts;
        for (var i = 0; i < relations.Length; i++)
        {
            var relation = relations[i];
            var left = relation.LeftSum(counts);
            var right = relation.RightSum(counts);
            if (!relation.Holds(left, right))
            {
                var report = context.Report;
                var actual = counts[relation.Primary.Index];
                var expected = primaryOnLeft[i] ? actual + (right - left) : actual + (left - right);
                context.ReportFinding(relation.Primary.Pointer, context.Format(arithmetic[i].Figures(report)), related[i], expected, actual);
            }
        }
    }
}
