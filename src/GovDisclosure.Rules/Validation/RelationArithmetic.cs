using System.Collections.Generic;
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

    // The words of each catalogue, by MessageLanguage, built once.
    private readonly Words[] words;

    internal RelationArithmetic(FormRelation relation)
    {
        this.relation = relation;
        words = [Build(relation, MessageCatalog.Chinese), Build(relation, MessageCatalog.English)];
    }

    /// <summary>
    /// The relation with the report's figures, as a message argument: the figures are read now, and each catalogue
    /// writes them as arithmetic in its language.
    /// </summary>
    internal RelationFigures Figures(AnnualReport report)
    {
        var left = new long[relation.Left.Count];
        for (var i = 0; i < left.Length; i++)
        {
            left[i] = relation.Left[i].Count(report);
        }

        var right = new long[relation.Right.Count];
        for (var i = 0; i < right.Length; i++)
        {
            right[i] = relation.Right[i].Count(report);
        }

        return new RelationFigures(this, relation, left, right);
    }

    /// <summary>Writes the arithmetic with the report's figures, in a language.</summary>
    internal string Write(AnnualReport report, MessageLanguage language)
    {
        var figures = Figures(report);
        return Write(figures.Left, figures.Right, MessageCatalog.For(language));
    }

    private static Words Build(FormRelation relation, MessageCatalog catalog)
    {
        var cells = relation.Cells;
        var oneRow = cells.All(c => c.Row == cells[0].Row);
        var oneColumn = cells.All(c => c.Column == cells[0].Column);
        var scopeRow = cells[0].Row;
        var scopeColumn = cells[0].Column;

        string Row(FormRow row) => catalog.Pick(row.ShortLabel, row.EnglishLabel);
        string Column(FormColumn column) => catalog.Pick(column.Label, column.EnglishLabel);
        string Term(FormCell c) => oneRow ? Column(c.Column) : oneColumn ? Row(c.Row) : catalog.Format("Arithmetic.RowAndColumn", Row(c.Row), Column(c.Column));
        var scope = oneRow ? Row(scopeRow)
            : oneColumn ? catalog.Pick(scopeColumn.Group is null ? scopeColumn.Label : scopeColumn.Group + "·" + scopeColumn.Label, scopeColumn.EnglishLabel)
            : null;
        return new Words(
            relation.Left.Select(Term).ToArray(), relation.Right.Select(Term).ToArray(),
            catalog["Arithmetic.Open"], catalog["Arithmetic.Close"], catalog["Arithmetic.Plus"],
            catalog[relation.Comparison == RelationComparison.Equal ? "Arithmetic.NotEqual" : "Arithmetic.Greater"],
            scope is null ? "" : catalog.Format("Arithmetic.Scope", scope),
            catalog["Arithmetic.OtherZeros"], catalog["Arithmetic.AllZeros"]);
    }

    /// <summary>Writes the figures of the relation in a catalogue's language.</summary>
    internal string Write(IReadOnlyList<long> left, IReadOnlyList<long> right, MessageCatalog catalog)
    {
        var chosen = words[(int)catalog.Language];
        var text = new StringBuilder();
        WriteSide(text, chosen, left, chosen.Left);
        text.Append(chosen.Comparison);
        WriteSide(text, chosen, right, chosen.Right);
        return text.Append(chosen.Scope).ToString();
    }

    private static void WriteSide(StringBuilder text, Words words, IReadOnlyList<long> values, string[] terms)
    {
        var count = values.Count;
        var shown = 0;
        var omitted = 0;
        for (var i = 0; i < count; i++)
        {
            var value = values[i];
            if (count > MaxTermsInFull && value == 0)
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
