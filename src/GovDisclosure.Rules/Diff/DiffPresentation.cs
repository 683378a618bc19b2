using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>The words and number formats shared by the Markdown and plain-text renderings of a comparison, in both languages.</summary>
internal sealed class DiffPresentation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly MessageCatalog catalog;

    private DiffPresentation(MessageCatalog catalog)
    {
        this.catalog = catalog;
        Title = catalog["Diff.Title"];
        CellsHeading = catalog["Diff.CellsHeading"];
        NoCells = catalog["Diff.NoCells"];
        SectionsHeading = catalog["Diff.SectionsHeading"];
        FindingsHeading = catalog["Diff.FindingsHeading"];
        NoFindings = catalog["Diff.NoFindings"];
        ItemHeading = catalog["Diff.ItemHeading"];
        SimilarityHeading = catalog["Diff.SimilarityHeading"];
        ChangeHeading = catalog["Diff.ChangeHeading"];
        FromZero = catalog["Diff.FromZero"];
        Colon = catalog["Diff.Colon"];
    }

    public MessageLanguage Language => catalog.Language;

    public string Title { get; }

    public string CellsHeading { get; }

    public string NoCells { get; }

    public string SectionsHeading { get; }

    public string FindingsHeading { get; }

    public string NoFindings { get; }

    public string ItemHeading { get; }

    public string SimilarityHeading { get; }

    public string ChangeHeading { get; }

    public string FromZero { get; }

    public string Colon { get; }

    public static DiffPresentation In(MessageLanguage language) => new(MessageCatalog.For(language));

    public string Year(int year) => catalog.Format("Diff.Year", year);

    /// <summary>"2021 年 → 2022 年".</summary>
    public string Years(ReportDiff diff) => Year(diff.PreviousYear) + " → " + Year(diff.CurrentYear);

    public string Parenthesised(string text) => catalog.Format("Diff.Parenthesised", text);

    public string Severity(Severity severity) => catalog["Severity." + severity];

    public string TableTitle(FormTable table) => catalog.Pick(table.Title, table.EnglishHeading);

    /// <summary>
    /// A cell's label inside its table: the row's two innermost header labels (so that 5.属于三类内部事务信息 keeps its
    /// （三）不予公开), then the column.
    /// </summary>
    public string CellLabel(FormCell cell)
    {
        var path = cell.Row.LabelPath;
        return catalog.Pick(
            string.Join(" › ", path.Skip(System.Math.Max(0, path.Count - 2))) + " › " + cell.Column.Label,
            cell.Row.EnglishLabel + " › " + cell.Column.EnglishLabel);
    }

    public string SectionLabel(SectionSimilarity section) => section.Section.LabelIn(Language);

    /// <summary>"▲ 1（+33.3%）", "▼ 2（−50%）", "▲ 5（上年为 0）".</summary>
    public string Change(CellChange change)
    {
        var arrow = change.Delta > 0 ? "▲ " : "▼ ";
        var relative = change.RelativeChange is { } r ? Signed(r) : FromZero;
        return arrow + Number(System.Math.Abs(change.Delta)) + Parenthesised(relative);
    }

    /// <summary>A text on one line, whether its line ends are "\n" or "\r\n", so that a finding stays one item of a listing.</summary>
    public static string OneLine(string text) => text.Replace("\r", "").Replace('\n', ' ');

    public static string Number(decimal value) => value.ToString(Invariant);

    public static string Percent(double fraction) => YearOverYearChecks.Percent(fraction);

    /// <summary>The changed cells grouped by table, tables in the order of the form.</summary>
    public static IEnumerable<IGrouping<FormTable, CellChange>> ByTable(ReportDiff diff) =>
        diff.Cells.GroupBy(c => c.Cell.Row.Table).OrderBy(g => ReportForm.Tables.ToList().IndexOf(g.Key));

    private static string Signed(double fraction) => (fraction > 0 ? "+" : fraction < 0 ? "−" : "") + Percent(System.Math.Abs(fraction));
}
