using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>The words and number formats shared by the Markdown and plain-text renderings of a comparison, in both languages.</summary>
internal sealed class DiffPresentation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly DiffPresentation Chinese = new(
        MessageLanguage.Chinese, "与上一年度比对", "数字变化", "没有变化的数字。", "文字相似度", "发现", "没有发现。",
        "项目", "相似度", "变化", "上年为 0", "{0} 年", "（{0}）", "：", ["错误", "警告", "提示"]);

    private static readonly DiffPresentation English = new(
        MessageLanguage.English, "Compared with last year", "Figures that changed", "No figure changed.", "Similarity of the prose", "Findings", "No findings.",
        "Item", "Similarity", "Change", "from 0", "{0}", " ({0})", ": ", ["error", "warning", "info"]);

    private readonly string yearFormat;
    private readonly string parenthesisFormat;
    private readonly string[] severities;

    private DiffPresentation(MessageLanguage language, string title, string cellsHeading, string noCells, string sectionsHeading, string findingsHeading,
        string noFindings, string itemHeading, string similarityHeading, string changeHeading, string fromZero, string yearFormat, string parenthesisFormat,
        string colon, string[] severities)
    {
        Language = language;
        Title = title;
        CellsHeading = cellsHeading;
        NoCells = noCells;
        SectionsHeading = sectionsHeading;
        FindingsHeading = findingsHeading;
        NoFindings = noFindings;
        ItemHeading = itemHeading;
        SimilarityHeading = similarityHeading;
        ChangeHeading = changeHeading;
        FromZero = fromZero;
        this.yearFormat = yearFormat;
        this.parenthesisFormat = parenthesisFormat;
        Colon = colon;
        this.severities = severities;
    }

    public MessageLanguage Language { get; }

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

    public static DiffPresentation In(MessageLanguage language) => language == MessageLanguage.English ? English : Chinese;

    public string Year(int year) => string.Format(Invariant, yearFormat, year);

    /// <summary>"2021 年 → 2022 年".</summary>
    public string Years(ReportDiff diff) => Year(diff.PreviousYear) + " → " + Year(diff.CurrentYear);

    public string Parenthesised(string text) => string.Format(Invariant, parenthesisFormat, text);

    public string Severity(Severity severity) => severities[(int)severity];

    public string TableTitle(FormTable table) => Language == MessageLanguage.English ? table.EnglishHeading : table.Title;

    /// <summary>
    /// A cell's label inside its table: the row's two innermost header labels (so that 5.属于三类内部事务信息 keeps its
    /// （三）不予公开), then the column.
    /// </summary>
    public string CellLabel(FormCell cell)
    {
        if (Language == MessageLanguage.English)
        {
            return cell.Row.EnglishLabel + " › " + cell.Column.EnglishLabel;
        }

        var path = cell.Row.LabelPath;
        return string.Join(" › ", path.Skip(System.Math.Max(0, path.Count - 2))) + " › " + cell.Column.Label;
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
