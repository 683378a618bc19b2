using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 审计统计的关键数字：新收申请、各类办理结果、行政复议、行政诉讼、行政许可与处罚决定，各为表格中若干“总计”单元格之和。
/// A key figure of the audit — applications received, each kind of outcome, reviews, litigation, licensing and punishment
/// decisions — each the sum of some total cells of the form.
/// </summary>
public sealed class KeyFigure
{
    private readonly FormCell[] cells;

    private KeyFigure(string id, string label, string englishLabel, FormCell[] cells)
    {
        Id = id;
        Label = label;
        EnglishLabel = englishLabel;
        this.cells = cells;
    }

    /// <summary>全部关键数字，按表格顺序。Every key figure, in the form's order.</summary>
    public static IReadOnlyList<KeyFigure> All { get; } = Build();

    /// <summary>稳定的标识，如 <c>received</c>。A stable ID, such as <c>received</c>.</summary>
    public string Id { get; }

    /// <summary>中文标签（取自表格）。The Chinese label, from the form.</summary>
    public string Label { get; }

    /// <summary>英文标签。The English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>相加的单元格。The cells added up.</summary>
    public IReadOnlyList<FormCell> Cells => cells;

    /// <summary>某种语言的标签。The label in a language.</summary>
    /// <param name="language">语言。The language.</param>
    /// <returns>标签。The label.</returns>
    public string LabelIn(MessageLanguage language) => MessageCatalog.For(language).Pick(Label, EnglishLabel);

    /// <summary>
    /// 一份报告中的值。The value in one report.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>各单元格之和。The sum of the cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    public decimal ValueOf(AnnualReport report)
    {
        Guard.Against.Null(report);
        return cells.Sum(c => (decimal)c.Count(report));
    }

    /// <summary>The value from counts read by <see cref="ReportForm.ReadCounts(AnnualReport, long[])"/>.</summary>
    internal decimal ValueOf(long[] counts) => cells.Sum(c => (decimal)counts[c.Index]);

    /// <inheritdoc/>
    public override string ToString() => Id;

    private static KeyFigure[] Build()
    {
        static FormCell Total(FormRow row) => row.Cells[row.Cells.Count - 1];
        static string Bare(string label) => label.Substring(label.IndexOf('）') + 1);

        var figures = new List<KeyFigure>
        {
            new("received", ReportForm.Received.ShortLabel, ReportForm.Received.EnglishLabel, [Total(ReportForm.Received)]),
        };

        // The outcome mix: one figure per group of outcome rows ((一) 予以公开 … (六) 其他处理).
        string[] ids = ["disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling"];
        var groups = ReportForm.OutcomeDetailRows.GroupBy(r => r.LabelPath[1]).ToArray();
        for (var g = 0; g < groups.Length; g++)
        {
            var rows = groups[g].ToArray();
            var english = rows.Length == 1 ? rows[0].EnglishLabel : rows[0].EnglishLabel.Substring(0, rows[0].EnglishLabel.IndexOf(':'));
            figures.Add(new(ids[g], rows.Length == 1 ? rows[0].ShortLabel : Bare(groups[g].Key), english, rows.Select(Total).ToArray()));
        }

        var review = ReportForm.Tables[2].Rows;
        figures.Add(new("administrativeReview", review[0].ShortLabel, review[0].EnglishLabel, [Total(review[0])]));
        figures.Add(new("litigation", review[1].LabelPath[0], "administrative litigation", [Total(review[1]), Total(review[2])]));

        var proactive = ReportForm.ProactiveDisclosureTable.Rows;
        foreach (var (id, row) in new[] { ("licensing", proactive[2]), ("punishment", proactive[3]) })
        {
            figures.Add(new(id, row.ShortLabel, row.EnglishLabel, [row.Cells[0]]));
        }

        return figures.ToArray();
    }
}
