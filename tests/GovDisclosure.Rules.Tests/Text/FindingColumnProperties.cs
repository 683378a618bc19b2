using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>Every finding of text import has a line and a column, whatever the text lost or repeated.</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class FindingColumnProperties
{
    [Property(MaxTest = 200)]
    public void Every_finding_has_a_line_and_a_column(AnnualReport report, PositiveInt line, bool duplicate, bool oneCellALine)
    {
        var text = PublishedText.Export(report);
        text = oneCellALine ? Layouts.OneCellPerLine(text, pipes: true) : text;
        var lines = text.Split('\n').ToList();
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

        Assert.All(result.Findings, f => Assert.True(f.Line >= 1 && f.Column >= 1, f.ToString()));
    }

    [Fact]
    public void Findings_of_a_text_with_no_report_in_it_have_columns()
    {
        var result = PublishedText.Import("no report here\n\n0\t1\t2");
        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.True(f.Line >= 1 && f.Column >= 1, f.ToString()));
    }
}
