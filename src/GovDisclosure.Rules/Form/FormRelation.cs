using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 一条勾稽关系（FORMAT.md §6）：左边各格之和与右边各格之和相等（或不大于）。
/// One relation between figures (FORMAT.md §6): the sum of the left cells equals (or is at most) the sum of the right cells.
/// </summary>
public sealed class FormRelation
{
    // Arrays, not interfaces, so that summing allocates no enumerator.
    private readonly FormCell[] left;
    private readonly FormCell[] right;

    internal FormRelation(string ruleId, RelationComparison comparison, FormCell[] left, FormCell[] right, FormCell primary)
    {
        RuleId = ruleId;
        Comparison = comparison;
        this.left = left;
        this.right = right;
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

    /// <summary>违反时报告的位置（RULES.md 的主指针）。The cell a finding points at (RULES.md's primary pointer).</summary>
    public FormCell Primary { get; }

    /// <summary>其余参与的单元格，按文档顺序。The other cells involved, in document order.</summary>
    public IReadOnlyList<FormCell> Related { get; }

    /// <summary>全部参与的单元格，按文档顺序。Every cell involved, in document order.</summary>
    public IReadOnlyList<FormCell> Cells { get; }

    /// <summary>该关系是否读取某个单元格。Whether the relation reads a cell.</summary>
    /// <param name="cell">单元格。The cell.</param>
    /// <returns>是否参与。Whether the cell is involved.</returns>
    public bool Involves(FormCell cell) => Cells.Contains(cell);

    /// <summary>左边之和（仅件数单元格）。The sum of the left side (count cells only).</summary>
    internal long LeftSum(AnnualReport report)
    {
        long sum = 0;
        for (var i = 0; i < left.Length; i++)
        {
            sum += left[i].Count(report);
        }

        return sum;
    }

    /// <summary>右边之和。The sum of the right side.</summary>
    internal long RightSum(AnnualReport report)
    {
        long sum = 0;
        for (var i = 0; i < right.Length; i++)
        {
            sum += right[i].Count(report);
        }

        return sum;
    }

    /// <summary>该关系在报告中是否成立。Whether the relation holds in a report.</summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>是否成立。Whether it holds.</returns>
    public bool Holds(AnnualReport report)
    {
        Guard.Against.Null(report);
        var leftSum = LeftSum(report);
        var rightSum = RightSum(report);
        return Comparison == RelationComparison.Equal ? leftSum == rightSum : leftSum <= rightSum;
    }

    /// <inheritdoc/>
    public override string ToString() => RuleId + " " + Primary.Pointer;
}
