using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>A section with a table that comes twice: its second table is not read, and a GDT010 says so with both places.</summary>
public class RepeatedSectionTests
{
    private static int LineOf(string text, string line, int occurrence) =>
        text.Split('\n').Select((l, i) => (l, i)).Where(p => p.l.Trim() == line).ElementAt(occurrence).i + 1;

    [Fact]
    public void A_repeated_table_section_is_named_with_both_places()
    {
        var text = SeedText.Text;
        var start = text.IndexOf("\n二、主动公开政府信息情况", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("\n三、", StringComparison.Ordinal) + 1;
        var twice = text.Substring(0, end) + text.Substring(start, end - start).Replace("行政许可\t164", "行政许可\t999", StringComparison.Ordinal) + text.Substring(end);

        var result = PublishedText.Import(twice);

        SeedText.AssertSameReport(PublishedText.Import(text).Report!, result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT010", "/proactiveDisclosure"), (finding.RuleId, finding.Path));
        Assert.Equal(LineOf(twice, "二、主动公开政府信息情况", 1), finding.Line);
        Assert.Equal($"章节“二、主动公开政府信息情况”重复：此处的表格未读取，读取的是第 {LineOf(twice, "二、主动公开政府信息情况", 0)} 行第 1 列的表格", finding.Message);
    }

    [Fact]
    public void The_seed_repeated_a_hundred_times_still_imports_with_one_finding_a_table()
    {
        var text = string.Concat(Enumerable.Repeat(SeedText.Text + "\n", 100));

        var result = PublishedText.Import(text);

        SeedText.AssertSameReport(PublishedText.Import(SeedText.Text).Report! with
        {
            // The prose sections run on through every copy; only the figures are compared.
            Preamble = result.Report!.Preamble,
            Overview = result.Report.Overview,
            ProblemsAndImprovements = result.Report.ProblemsAndImprovements,
            OtherMatters = result.Report.OtherMatters,
        }, result.Report);
        var repeated = result.Findings.Where(f => f.RuleId == TextRules.SectionRepeated.Id).ToArray();
        Assert.Equal(ReportForm.Sections.Where(s => s.Table is not null).Select(s => s.Pointer), repeated.Select(f => f.Path));
        Assert.All(repeated, f => Assert.NotNull(f.Column));
    }
}
