using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 一条不成立的表内关系及报告中各格的数字，是 GD101、GD201–GD203、GD301 发现的参数（<see cref="Finding.Arguments"/>）：宿主可读取
/// 关系（各格的 JSON Pointer 和标签）与数字；目录把它写成算式，如“本年新收（11）+ 上年结转（0）≠ 办理结果总计（10）+ 结转下年度（0）〔自然人〕”。
/// A relation that fails, with the report's figures in its cells: the argument of a GD101, GD201–GD203 or GD301 finding
/// (<see cref="Finding.Arguments"/>). A host reads the relation (its cells' JSON Pointers and labels) and the figures; a
/// catalogue writes it as arithmetic, such as "received this year (11) + carried over from last year (0) ≠ outcomes total (10) + carried forward to next year (0) [natural
/// persons]".
/// </summary>
public sealed class RelationFigures : IWorded
{
    private readonly RelationArithmetic arithmetic;
    private readonly long[] left;
    private readonly long[] right;

    internal RelationFigures(RelationArithmetic arithmetic, FormRelation relation, long[] left, long[] right)
    {
        this.arithmetic = arithmetic;
        Relation = relation;
        this.left = left;
        this.right = right;
    }

    /// <summary>不成立的关系。The relation that fails.</summary>
    public FormRelation Relation { get; }

    /// <summary>左边各格的数字，顺序同 <see cref="FormRelation.Left"/>。The figures of the left cells, in the order of <see cref="FormRelation.Left"/>.</summary>
    public IReadOnlyList<long> Left => left;

    /// <summary>右边各格的数字，顺序同 <see cref="FormRelation.Right"/>。The figures of the right cells, in the order of <see cref="FormRelation.Right"/>.</summary>
    public IReadOnlyList<long> Right => right;

    /// <summary>The arithmetic in the catalogue's language.</summary>
    string IWorded.In(MessageCatalog catalog) => arithmetic.Write(left, right, catalog);

    /// <inheritdoc/>
    public override string ToString() => Relation.RuleId + ": " + string.Join(", ", left.Concat(right));
}
