using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 一条勾稽关系（docs/format.md §5）：左边各格之和与右边各格之和相等（或不大于）。
/// One relation between figures (docs/format.md §5): the sum of the left cells equals (or is at most) the sum of the right cells.
/// </summary>
public sealed class FormRelation
{
    private readonly FormCell[] left;
    private readonly FormCell[] right;

    // The sides as slots of the counts read row by row (ReportForm.ReadCounts), so that a sum is a few array reads.
    private readonly int[] leftSlots;
    private readonly int[] rightSlots;

    internal FormRelation(string ruleId, RelationComparison comparison, FormCell[] left, FormCell[] right, FormCell primary)
    {
        RuleId = ruleId;
        Comparison = comparison;
        this.left = left;
        this.right = right;
        leftSlots = left.Select(c => c.Index).ToArray();
        rightSlots = right.Select(c => c.Index).ToArray();
        Primary = primary;
        Related = left.Concat(right).Where(c => c != primary).OrderBy(c => c.Index).ToArray();
        Cells = left.Concat(right).OrderBy(c => c.Index).ToArray();
    }

    /// <summary>检查该关系的规则编号，如 GD203。The ID of the rule that checks it.</summary>
    public string RuleId { get; }

    /// <summary>比较方式。How the sides compare.</summary>
    public RelationComparison Comparison { get; }

    /// <summary>左边的单元格。The cells on the left.</summary>
    public IReadOnlyList<FormCell> Left => left;

    /// <summary>右边的单元格。The cells on the right.</summary>
    public IReadOnlyList<FormCell> Right => right;

    /// <summary>违反时发现所指的单元格（主指针）。The cell a finding points at (its primary pointer).</summary>
    public FormCell Primary { get; }

    /// <summary>其余参与的单元格，按文档顺序。The other cells involved, in document order.</summary>
    public IReadOnlyList<FormCell> Related { get; }

    /// <summary>全部参与的单元格，按文档顺序。Every cell involved, in document order.</summary>
    public IReadOnlyList<FormCell> Cells { get; }

    /// <summary>该关系是否读取某个单元格。Whether the relation reads a cell.</summary>
    /// <param name="cell">单元格。The cell.</param>
    /// <returns>是否参与。Whether the cell is involved.</returns>
    public bool Involves(FormCell cell) => Cells.Contains(cell);

    /// <summary>该关系在报告中是否成立。Whether the relation holds in a report.</summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>是否成立。Whether it holds.</returns>
    public bool Holds(AnnualReport report)
    {
        Guard.Against.Null(report);
        var counts = ReportForm.ReadCounts(report);
        return Holds(LeftSum(counts), RightSum(counts));
    }

    /// <summary>The sum of the left side, from counts indexed by <see cref="FormCell.Index"/> (count cells only).</summary>
    internal long LeftSum(long[] counts) => Sum(counts, leftSlots);

    /// <summary>The sum of the right side, from counts indexed by <see cref="FormCell.Index"/>.</summary>
    internal long RightSum(long[] counts) => Sum(counts, rightSlots);

    /// <summary>Whether the two sums satisfy the relation's comparison.</summary>
    internal bool Holds(long leftSum, long rightSum) => Comparison == RelationComparison.Equal ? leftSum == rightSum : leftSum <= rightSum;

    private static long Sum(long[] counts, int[] slots)
    {
        long sum = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            sum += counts[slots[i]];
        }

        return sum;
    }

    /// <inheritdoc/>
    public override string ToString() => RuleId + " " + Primary.Pointer;
}
