using System;
using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Table A printed in the superseded 2019 layout: what means the same is read (处理决定数量 → decisions), the rest left 0
/// and named in one GDT007; a 2021 table is never taken for it.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class SupersededLayoutTests
{
    [Fact]
    public void A_2019_table_A_reads_the_decisions_and_names_every_figure_left_0()
    {
        var fixture = Layouts.Fixture;
        var text = Layouts.WithTableA(PublishedText.Export(fixture), Layouts.Table2019);

        var result = PublishedText.Import(text);

        Assert.NotNull(result.Report);
        Assert.Equal("青溪县交通运输局", result.Report!.Agency.Name);
        Assert.Equal(2023, result.Report.Year);
        var expected = fixture with
        {
            ProactiveDisclosure = new ProactiveDisclosureTable
            {
                Licensing = new DecisionCount { Decisions = 31 },
                Punishment = new DecisionCount { Decisions = 52 },
                Compulsion = new DecisionCount { Decisions = 0 },
            },
        };
        SeedText.AssertSameReport(expected, result.Report);

        Assert.Equal(["GDT007", "GDT003"], result.Findings.Select(f => f.RuleId).ToArray());
        var superseded = result.Findings[0];
        Assert.Equal("/proactiveDisclosure", superseded.Path);
        var headerLine = text.Substring(0, text.IndexOf("本年新制作数量", StringComparison.Ordinal)).Count(c => c == '\n') + 1;
        Assert.Equal(headerLine, superseded.Line);
        var lost = ReportForm.ProactiveDisclosureTable.Rows.Where(r => r.Shape != ReportForm.DecisionCountShape).SelectMany(r => r.Cells).Select(c => c.Label).ToArray();
        Assert.Equal(7, lost.Length);
        Assert.EndsWith(string.Join("、", lost), superseded.Message);
        Assert.Contains("2019", superseded.Message);
        Assert.Equal("/proactiveDisclosure/compulsion/decisions", result.Findings[1].Path);
    }

    [Fact]
    public void A_2019_decision_row_short_of_figures_is_an_error_not_a_wrong_figure()
    {
        var text = Layouts.WithTableA(PublishedText.Export(Layouts.Fixture), Layouts.Table2019.Replace("行政许可\t7\t2\t31\n", "行政许可\t7\t2\n", StringComparison.Ordinal));

        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var bad = Assert.Single(result.Findings, f => f.RuleId == TextRules.BadFigures.Id);
        Assert.Equal("/proactiveDisclosure/licensing", bad.Path);
        Assert.Contains("应有 3 个数字，实有 2 个", bad.Message);
    }

    [Property]
    public void A_2021_rendering_never_gives_GDT007(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        foreach (var rendered in new[] { text, Layouts.OneCellPerLine(text, pipes: true), Layouts.OneCellPerLine(text, pipes: false), Layouts.PdfText(text), Layouts.TraditionalHeadingsAndLabels(text) })
        {
            Assert.DoesNotContain(PublishedText.Import(rendered).Findings, f => f.RuleId == TextRules.SupersededLayout.Id);
        }
    }
}
