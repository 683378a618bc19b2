using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Every layout real reports are published in reads a generated report as its canonical text does (warnings aside), and
/// no single line deleted or duplicated in any of them makes a wrong figure silently.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class LayoutPropertyTests
{
    private static readonly (string Name, Func<string, string> Render)[] Renderings =
    [
        ("canonical", t => t),
        ("one cell a line with pipes", t => Layouts.OneCellPerLine(t, pipes: true)),
        ("one cell a line without pipes", t => Layouts.OneCellPerLine(t, pipes: false)),
        ("PDF text", Layouts.PdfText),
        ("traditional headings and labels", Layouts.TraditionalHeadingsAndLabels),
        ("numbered 1、", Layouts.ArabicNumbering),
        ("under a breadcrumb", Layouts.UnderBreadcrumb),
        ("a viewer's prefix under a breadcrumb", t => Layouts.UnderBreadcrumb(Layouts.ViewerPrefix(t))),
        ("headings run together with their text", Layouts.RunTogetherHeadings),
    ];

    private static void AssertSameWarningsAside(AnnualReport report, string text, string rendering)
    {
        var result = PublishedText.Import(text);
        Assert.True(!result.HasErrors, rendering + ": " + string.Join("\n", result.Findings));
        SeedText.AssertSameReport(report, result.Report);
    }

    [Property]
    public void Every_rendering_imports_to_the_same_report(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        foreach (var (name, render) in Renderings)
        {
            AssertSameWarningsAside(report, render(text), name);
        }
    }

    [Property]
    public void Blank_zeros_anywhere_import_as_zeros(AnnualReport report, int seed)
    {
        var text = PublishedText.Export(report);
        var random = new Random(seed);
        var blanked = Layouts.BlankZeros(text, _ => random.Next(2) == 0);
        AssertSameWarningsAside(report, blanked, "blank zeros, one row a line");
        var blankedOneCell = Layouts.BlankOneCellZeros(Layouts.OneCellPerLine(text, pipes: true), _ => random.Next(2) == 0);
        AssertSameWarningsAside(report, blankedOneCell, "blank zeros, one cell a line");
    }

    [Property(MaxTest = 300)]
    public void A_line_deleted_or_duplicated_gives_the_original_figures_or_a_finding(AnnualReport report, PositiveInt line, bool duplicate, NonNegativeInt rendering)
    {
        var (name, render) = Renderings[rendering.Get % Renderings.Length];
        var lines = render(PublishedText.Export(report)).Split('\n').ToList();
        var at = line.Get % lines.Count;
        if (duplicate)
        {
            lines.Insert(at, lines[at]);
        }
        else
        {
            lines.RemoveAt(at);
        }

        var result = PublishedText.Import(string.Join("\n", lines));
        if (result.Findings.Count > 0)
        {
            return;
        }

        Assert.NotNull(result.Report);
        var wrong = ReportForm.Cells.Where(c => c.GetValue(report) != c.GetValue(result.Report!)).Select(c => c.Pointer);
        Assert.True(!wrong.Any(), $"{name}, line {at + 1} {(duplicate ? "duplicated" : "deleted")}: silently wrong {string.Join(", ", wrong)}");
    }
}
