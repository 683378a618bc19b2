using System;
using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>
/// The edges of the year-over-year checks: a threshold reached exactly counts, one just missed does not, and the options
/// accept their whole documented range and nothing beyond it.
/// </summary>
public class YearOverYearBoundaryTests
{
    private const string Punishment = "/proactiveDisclosure/punishment/decisions";

    private static readonly AnnualReport Previous = DiffFixtures.Previous;
    private static readonly AnnualReport Current = DiffFixtures.Seed;

    private static AnnualReport With(AnnualReport report, string pointer, decimal value) => ReportForm.WithValue(report, ReportForm.FindCell(pointer)!, value);

    private static Finding? SharpChange(long before, long after, MessageLanguage language = MessageLanguage.Chinese) =>
        ReportComparer.Compare(With(Previous, Punishment, before), With(Current, Punishment, after), new DiffOptions { Language = language })
            .Findings.SingleOrDefault(f => f.RuleId == "GD506" && f.Path == Punishment);

    [Theory]
    [InlineData(5, 25, "增加 20，为上年的 5 倍", "up 20, 5 times last year's")]
    [InlineData(25, 5, "减少 20，为上年的 20%", "down 20, 20% of last year's")]
    [InlineData(0, 20, "增加 20，上年为 0", "up 20 from 0")]
    [InlineData(20, 0, "减少 20，本年为 0", "down 20 to 0")]
    [InlineData(7, 60, "增加 53，为上年的 8.6 倍", "up 53, 8.6 times last year's")]
    [InlineData(60, 7, "减少 53，为上年的 11.7%", "down 53, 11.7% of last year's")]
    public void GD506_a_change_of_exactly_the_factor_and_the_minimum_is_sharp(long before, long after, string chinese, string english)
    {
        var finding = SharpChange(before, after);

        Assert.NotNull(finding);
        Assert.Equal($"二、主动公开政府信息情况 › 行政处罚 › 本年处理决定数量 由 {before} 变为 {after}（{chinese}）", finding.Message);
        Assert.Equal(after, finding.Actual);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal($"Proactive disclosure › administrative punishment › decisions this year changed from {before} to {after} ({english})",
            SharpChange(before, after, MessageLanguage.English)!.Message);
    }

    [Theory]
    [InlineData(5, 24)]
    [InlineData(24, 5)]
    [InlineData(0, 19)]
    [InlineData(19, 0)]
    [InlineData(4, 23)]
    [InlineData(23, 4)]
    public void GD506_a_change_just_short_of_the_factor_or_the_minimum_is_not_sharp(long before, long after) =>
        Assert.Null(SharpChange(before, after));

    [Fact]
    public void GD505_a_similarity_equal_to_the_threshold_repeats_and_one_just_below_it_does_not()
    {
        var similarity = ReportComparer.Compare(Previous, Current).Sections.Single(s => s.Pointer == "/otherMatters").Similarity;

        var at = ReportComparer.Compare(Previous, Current, new DiffOptions { SimilarityThreshold = similarity });
        var above = ReportComparer.Compare(Previous, Current, new DiffOptions { SimilarityThreshold = Math.BitIncrement(similarity) });

        Assert.Contains(at.Findings, f => f.RuleId == "GD505" && f.Path == "/otherMatters");
        Assert.DoesNotContain(above.Findings, f => f.RuleId == "GD505");
    }

    [Fact]
    public void GD505_at_the_extreme_thresholds_0_flags_every_written_section_and_1_only_identical_ones()
    {
        var copied = Current with { Overview = Previous.Overview };
        var checkedSections = ProseSection.All.Where(s => s.IsCheckedForRepetition && !string.IsNullOrWhiteSpace(s.Text(copied))).Select(s => s.Pointer);

        var everything = ReportComparer.Compare(Previous, copied, new DiffOptions { SimilarityThreshold = 0 });
        var identical = ReportComparer.Compare(Previous, copied, new DiffOptions { SimilarityThreshold = 1 });

        Assert.Equal(checkedSections, everything.Findings.Where(f => f.RuleId == "GD505").Select(f => f.Path));
        Assert.Equal(["/overview"], identical.Findings.Where(f => f.RuleId == "GD505").Select(f => f.Path));
    }

    [Fact]
    public void GD505_a_section_of_white_space_repeats_nothing_even_when_last_year_was_the_same()
    {
        var blank = Current with { OtherMatters = " \n\t " };

        var diff = ReportComparer.Compare(Previous with { OtherMatters = " \n\t " }, blank);

        Assert.Equal(1.0, diff.Sections.Single(s => s.Pointer == "/otherMatters").Similarity);
        Assert.DoesNotContain(diff.Findings, f => f.RuleId == "GD505");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_similarity_threshold_outside_0_to_1_is_a_bad_call(double threshold)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SimilarityThreshold = threshold }));

        Assert.Equal(nameof(DiffOptions.SimilarityThreshold), thrown.ParamName);
        Assert.StartsWith("相似度阈值须在 0 至 1 之间。The similarity threshold must be from 0 to 1.", thrown.Message);
    }

    [Fact]
    public void The_other_options_are_checked_by_name_at_their_edges()
    {
        var factor = Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeFactor = 0.99m }));
        var minimum = Assert.Throws<ArgumentOutOfRangeException>(() => ReportComparer.Compare(Previous, Current, new DiffOptions { SharpChangeMinimum = -1 }));

        Assert.Equal(nameof(DiffOptions.SharpChangeFactor), factor.ParamName);
        Assert.StartsWith("倍数须不小于 1。The factor must be at least 1.", factor.Message);
        Assert.Equal(nameof(DiffOptions.SharpChangeMinimum), minimum.ParamName);
        Assert.StartsWith("变化数须不小于 0。The minimum change must be at least 0.", minimum.Message);
    }

    [Fact]
    public void GD506_with_no_minimum_and_a_factor_of_1_the_validator_reports_every_changed_count_and_no_unchanged_one()
    {
        var everyChange = new DiffOptions { SharpChangeFactor = 1, SharpChangeMinimum = 0 };
        var changedCounts = ReportComparer.Compare(Previous, Current).Cells.Where(c => c.Cell.Kind == CellKind.Count).Select(c => c.Pointer);

        var findings = new ReportValidator(new ValidationOptions { YearOverYear = everyChange }).Validate(Current, Previous).Findings;

        Assert.Equal(changedCounts.OrderBy(p => p, StringComparer.Ordinal), findings.Where(f => f.RuleId == "GD506").Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void GD501_and_GD502_in_English()
    {
        var current = Current with { Year = 2020, Agency = new Agency("哈尔滨市科技局") };

        var findings = ReportComparer.Compare(Previous, current, new DiffOptions { Language = MessageLanguage.English }).Findings;

        Assert.Equal("The current year 2020 does not follow the previous year 2021 (it should be 2022)", findings.Single(f => f.RuleId == "GD501").Message);
        Assert.Equal("The agency name \"哈尔滨市科技局\" differs from last year's \"哈尔滨市科学技术局\"", findings.Single(f => f.RuleId == "GD502").Message);
    }
}
