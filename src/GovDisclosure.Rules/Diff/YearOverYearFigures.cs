using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 一条不成立的逐年衔接关系及两份报告中各格的数字，是 GD503、GD504 发现的参数（<see cref="Finding.Arguments"/>）：宿主可读取关系
/// （各格的 JSON Pointer 和标签）与数字；目录把它写成算式，如“现行有效件数（18）≠ 上一年度现行有效件数（16）+ 本年制发件数（4）−
/// 本年废止件数（3）〔行政规范性文件〕”。
/// A year-over-year relation that fails, with the figures of its cells in the two reports: the argument of a GD503 or
/// GD504 finding (<see cref="Finding.Arguments"/>). A host reads the relation (its cells' JSON Pointers and labels) and the
/// figures; a catalogue writes it as arithmetic, such as "in force (18) ≠ last year's in force (16) + issued this year
/// (4) − repealed this year (3) [normative documents]".
/// </summary>
public sealed class YearOverYearFigures : IWorded
{
    private readonly long[] added;
    private readonly long[] subtracted;

    internal YearOverYearFigures(YearOverYearRelation relation, AnnualReport previous, AnnualReport current)
    {
        Relation = relation;
        Current = relation.Current.Count(current);
        FromPrevious = relation.FromPrevious.Count(previous);
        added = relation.Added.Select(c => c.Count(current)).ToArray();
        subtracted = relation.Subtracted.Select(c => c.Count(current)).ToArray();
    }

    /// <summary>不成立的关系。The relation that fails.</summary>
    public YearOverYearRelation Relation { get; }

    /// <summary>本年度报告中 <see cref="YearOverYearRelation.Current"/> 的数字。This year's figure in <see cref="YearOverYearRelation.Current"/>.</summary>
    public long Current { get; }

    /// <summary>上一年度报告中 <see cref="YearOverYearRelation.FromPrevious"/> 的数字。Last year's figure in <see cref="YearOverYearRelation.FromPrevious"/>.</summary>
    public long FromPrevious { get; }

    /// <summary>本年度加项的数字，顺序同 <see cref="YearOverYearRelation.Added"/>。This year's added figures, in the order of <see cref="YearOverYearRelation.Added"/>.</summary>
    public IReadOnlyList<long> Added => added;

    /// <summary>本年度减项的数字，顺序同 <see cref="YearOverYearRelation.Subtracted"/>。This year's subtracted figures, in the order of <see cref="YearOverYearRelation.Subtracted"/>.</summary>
    public IReadOnlyList<long> Subtracted => subtracted;

    /// <summary>
    /// The arithmetic in the style of the one-report rules: when every cell is in one row a term is its column and the row
    /// is the scope; when every cell is in one column a term is its row and the column is the scope.
    /// </summary>
    string IWorded.In(MessageCatalog catalog)
    {
        var relation = Relation;
        var cells = new[] { relation.Current, relation.FromPrevious }.Concat(relation.Added).Concat(relation.Subtracted).ToArray();
        var oneRow = cells.All(c => c.Row == relation.Current.Row);
        var oneColumn = cells.All(c => c.Column == relation.Current.Column);
        string Row(FormRow row) => catalog.Pick(row.ShortLabel, row.EnglishLabel);
        string Column(FormColumn column) => catalog.Pick(column.Label, column.EnglishLabel);
        string Term(FormCell c) => oneRow ? Column(c.Column) : oneColumn ? Row(c.Row) : catalog.Format("Arithmetic.RowAndColumn", Row(c.Row), Column(c.Column));
        string Value(long value) => catalog["Arithmetic.Open"] + value.ToString(CultureInfo.InvariantCulture) + catalog["Arithmetic.Close"];

        var text = new StringBuilder()
            .Append(Term(relation.Current)).Append(Value(Current)).Append(catalog["Arithmetic.NotEqual"])
            .Append(catalog.Format("Arithmetic.LastYears", Term(relation.FromPrevious))).Append(Value(FromPrevious));
        for (var i = 0; i < added.Length; i++)
        {
            text.Append(catalog["Arithmetic.Plus"]).Append(Term(relation.Added[i])).Append(Value(added[i]));
        }

        for (var i = 0; i < subtracted.Length; i++)
        {
            text.Append(catalog["Arithmetic.Minus"]).Append(Term(relation.Subtracted[i])).Append(Value(subtracted[i]));
        }

        var column = relation.Current.Column;
        var scope = oneRow ? Row(relation.Current.Row)
            : oneColumn ? catalog.Pick(column.Group is null ? column.Label : column.Group + "·" + column.Label, column.EnglishLabel)
            : null;
        return scope is null ? text.ToString() : text.Append(catalog.Format("Arithmetic.Scope", scope)).ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Relation.RuleId + ": " + string.Join(", ", new[] { Current, FromPrevious }.Concat(added).Concat(subtracted));
}
