using System;
using System.Linq;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>A cell meant as a number that is no count is named as such, at its cell — never "row cannot be found".</summary>
public class NotACountTests
{
    [Theory]
    [InlineData("-164")]
    [InlineData("5e3")]
    [InlineData("１，６４")]
    [InlineData("1.2.3")]
    public void A_cell_that_is_no_count_is_named_at_its_cell(string cell)
    {
        var text = SeedText.Replace("行政许可", "行政许可\t" + cell + "\t\t");
        var line = SeedText.Lines.ToList().FindIndex(l => l.StartsWith("行政许可", StringComparison.Ordinal)) + 1;

        var result = PublishedText.Import(text);

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT004", "/proactiveDisclosure/licensing/decisions", line, 6), (finding.RuleId, finding.Path, finding.Line, finding.Column));
        Assert.Contains("“" + cell + "”不是 0 至 9007199254740991 的整数", finding.Message);
    }

    [Fact]
    public void A_mistyped_number_in_table_C_is_named_too()
    {
        var figures = SeedText.Lines.Single(l => l.StartsWith("0\t0\t0\t0\t0\t0\t0\t2", StringComparison.Ordinal));
        var text = SeedText.Replace("0\t0\t0\t0\t0\t0\t0\t2", "-3" + figures.Substring(1));

        var finding = Assert.Single(PublishedText.Import(text).Findings);

        Assert.Equal(("GDT004", "/reviewsAndLitigation/administrativeReview/upheld"), (finding.RuleId, finding.Path));
        Assert.Contains("“-3”", finding.Message);
    }
}
