using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 相邻两个年度报告之间的一条衔接关系（docs/format.md §5）：本年度某格 = 上一年度某格 + 本年度若干格 − 本年度若干格。
/// One relation between the reports of consecutive years (docs/format.md §5): a cell of this year's report equals a cell of last
/// year's, plus some cells of this year's, minus others.
/// </summary>
/// <remarks>
/// 上年结转 ← 上一年度结转下年度（逐列）；现行有效 = 上一年度现行有效 + 本年制发 − 本年废止（规章、行政规范性文件）。
/// Carried over ← last year's carried forward (column by column); in force = last year's in force + issued − repealed
/// (regulations and normative documents).
/// </remarks>
public sealed class YearOverYearRelation
{
    // Arrays, not interfaces, so that summing allocates no enumerator.
    private readonly FormCell[] added;
    private readonly FormCell[] subtracted;

    internal YearOverYearRelation(string ruleId, FormCell current, FormCell fromPrevious, FormCell[] added, FormCell[] subtracted)
    {
        RuleId = ruleId;
        Current = current;
        FromPrevious = fromPrevious;
        this.added = added;
        this.subtracted = subtracted;
    }

    /// <summary>检查该关系的规则编号，如 GD503。The ID of the rule that checks it, such as GD503.</summary>
    public string RuleId { get; }

    /// <summary>本年度报告中被检查的单元格（发现的主位置）。The cell of this year's report that is checked (a finding's primary place).</summary>
    public FormCell Current { get; }

    /// <summary>上一年度报告中被结转的单元格。The cell of last year's report carried into this year.</summary>
    public FormCell FromPrevious { get; }

    /// <summary>本年度报告中加上的单元格。The cells of this year's report that are added.</summary>
    public IReadOnlyList<FormCell> Added => added;

    /// <summary>本年度报告中减去的单元格。The cells of this year's report that are subtracted.</summary>
    public IReadOnlyList<FormCell> Subtracted => subtracted;

    /// <summary>
    /// 由上一年度推算出的本年度值：上一年度值 + 加项 − 减项。The value this year's cell should have, worked out from last year's.
    /// </summary>
    /// <param name="previous">上一年度的报告。Last year's report.</param>
    /// <param name="current">本年度的报告。This year's report.</param>
    /// <returns>推算值（数据有误时可能为负）。The expected value (negative where the data are wrong).</returns>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public long Expected(AnnualReport previous, AnnualReport current)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(current);
        return ExpectedValue(previous, current);
    }

    /// <summary>
    /// 该关系在两份报告之间是否成立。Whether the relation holds between two reports.
    /// </summary>
    /// <param name="previous">上一年度的报告。Last year's report.</param>
    /// <param name="current">本年度的报告。This year's report.</param>
    /// <returns>是否成立。Whether it holds.</returns>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public bool Holds(AnnualReport previous, AnnualReport current) => Expected(previous, current) == Current.Count(current);

    /// <summary>The expected value without the argument checks, for the rules.</summary>
    internal long ExpectedValue(AnnualReport previous, AnnualReport current)
    {
        var value = FromPrevious.Count(previous);
        for (var i = 0; i < added.Length; i++)
        {
            value += added[i].Count(current);
        }

        for (var i = 0; i < subtracted.Length; i++)
        {
            value -= subtracted[i].Count(current);
        }

        return value;
    }

    /// <summary>本年度报告中读取的其他单元格，按文档顺序。The other cells of this year's report that the relation reads, in document order.</summary>
    internal IEnumerable<FormCell> CurrentTerms => added.Concat(subtracted).OrderBy(c => c.Index);

    /// <inheritdoc/>
    public override string ToString() => RuleId + " " + Current.Pointer;
}
