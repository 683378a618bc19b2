using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// Writes a failed relation as arithmetic that names its cells, such as
/// <c>本年新收（11）+ 上年结转（0）≠ 办理结果总计（10）+ 结转下年度（0）〔自然人〕</c>. Terms are derived from the cells: when every
/// cell is in one row, a term is the column's label and the row names the scope; when every cell is in one column, a term
/// is the row's short label and the column names the scope; otherwise a term names both.
/// </summary>
/// <remarks>
/// A side of more than <see cref="MaxTermsInFull"/> terms (the 21 outcome rows of GD202) shows its non-zero terms and
/// counts the rest, which are all 0.
/// </remarks>
internal sealed class RelationArithmetic
{
    /// <summary>The longest side written out term by term.</summary>
    internal const int MaxTermsInFull = 7;

    private readonly FormRelation relation;
    private readonly Words chinese;
    private readonly Words english;

    internal RelationArithmetic(FormRelation relation)
    {
        this.relation = relation;
        var cells = relation.Cells;
        var oneRow = cells.All(c => c.Row == cells[0].Row);
        var oneColumn = cells.All(c => c.Column == cells[0].Column);
        var scopeRow = cells[0].Row;
        var scopeColumn = cells[0].Column;

        string Chinese(FormCell c) => oneRow ? c.Column.Label : oneColumn ? c.Row.ShortLabel : c.Row.ShortLabel + "·" + c.Column.Label;
        string English(FormCell c) => oneRow ? c.Column.EnglishLabel : oneColumn ? c.Row.EnglishLabel : c.Row.EnglishLabel + " · " + c.Column.EnglishLabel;
        var chineseScope = oneRow ? scopeRow.ShortLabel
            : oneColumn ? (scopeColumn.Group is null ? scopeColumn.Label : scopeColumn.Group + "·" + scopeColumn.Label)
            : null;
        var englishScope = oneRow ? scopeRow.EnglishLabel : oneColumn ? scopeColumn.EnglishLabel : null;

        chinese = new Words(
            relation.Left.Select(Chinese).ToArray(), relation.Right.Select(Chinese).ToArray(),
            "（", "）", "+ ", relation.Comparison == RelationComparison.Equal ? "≠ " : "> ",
            chineseScope is null ? "" : "〔" + chineseScope + "〕",
            "其余 {0} 项（均为 0）", "{0} 项（均为 0）");
        english = new Words(
            relation.Left.Select(English).ToArray(), relation.Right.Select(English).ToArray(),
            " (", ")", " + ", relation.Comparison == RelationComparison.Equal ? " ≠ " : " > ",
            englishScope is null ? "" : " [" + englishScope + "]",
            "{0} other terms (all 0)", "{0} terms (all 0)");
    }

    /// <summary>Writes the arithmetic with the report's figures, in a language.</summary>
    internal string Write(AnnualReport report, MessageLanguage language)
    {
        var words = language == MessageLanguage.English ? english : chinese;
        var text = new StringBuilder();
        WriteSide(text, words, relation.Left, words.Left, report);
        text.Append(words.Comparison);
        WriteSide(text, words, relation.Right, words.Right, report);
        return text.Append(words.Scope).ToString();
    }

    private static void WriteSide(StringBuilder text, Words words, System.Collections.Generic.IReadOnlyList<FormCell> cells, string[] terms, AnnualReport report)
    {
        var shown = 0;
        var omitted = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i].Count(report);
            if (cells.Count > MaxTermsInFull && value == 0)
            {
                omitted++;
                continue;
            }

            if (shown++ > 0)
            {
                text.Append(words.Plus);
            }

            text.Append(terms[i]).Append(words.Open).Append(value.ToString(CultureInfo.InvariantCulture)).Append(words.Close);
        }

        if (omitted > 0)
        {
            if (shown > 0)
            {
                text.Append(words.Plus);
            }

            text.AppendFormat(CultureInfo.InvariantCulture, shown > 0 ? words.OtherZeros : words.AllZeros, omitted);
        }
    }

    /// <summary>The words of one language.</summary>
    private sealed class Words(string[] left, string[] right, string open, string close, string plus, string comparison, string scope, string otherZeros, string allZeros)
    {
        internal string[] Left { get; } = left;

        internal string[] Right { get; } = right;

        internal string Open { get; } = open;

        internal string Close { get; } = close;

        internal string Plus { get; } = plus;

        internal string Comparison { get; } = comparison;

        internal string Scope { get; } = scope;

        internal string OtherZeros { get; } = otherZeros;

        internal string AllZeros { get; } = allZeros;
    }
}
