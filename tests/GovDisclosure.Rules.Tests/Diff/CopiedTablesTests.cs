using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>GD507: tables copied forward from last year, by the comparer and by the validator given last year's report.</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class CopiedTablesTests
{
    private static readonly ReportValidator Validator = new();

    /// <summary>This year's report with every cell of last year's tables (the fee amount too) and this year's prose.</summary>
    private static AnnualReport CopyTables(AnnualReport from, AnnualReport to) =>
        to with { ProactiveDisclosure = from.ProactiveDisclosure, Applications = from.Applications, ReviewsAndLitigation = from.ReviewsAndLitigation };

    private static int NonZeroCounts(AnnualReport report) =>
        ReportForm.Cells.Count(c => c.Kind == CellKind.Count && c.GetCount(report) != 0);

    [Property]
    public void Tables_copied_forward_are_GD507_at_applications_once_when_at_least_three_counts_are_non_zero(ConsecutiveReports pair)
    {
        var copied = CopyTables(pair.Previous, pair.Current);
        var expected = NonZeroCounts(pair.Previous) >= 3 ? new[] { "/applications" } : [];

        Assert.Equal(expected, ReportComparer.Compare(pair.Previous, copied).Findings.Where(f => f.RuleId == "GD507").Select(f => f.Path));
        Assert.Equal(expected, Validator.Validate(copied, pair.Previous).Findings.Where(f => f.RuleId == "GD507").Select(f => f.Path));
    }

    [Property]
    public void Consecutive_reports_whose_counts_differ_anywhere_are_never_GD507(ConsecutiveReports pair)
    {
        var differ = ReportForm.Cells.Any(c => c.Kind == CellKind.Count && c.GetCount(pair.Previous) != c.GetCount(pair.Current));

        Assert.Equal(!differ && NonZeroCounts(pair.Current) >= 3, ReportComparer.Compare(pair.Previous, pair.Current).Findings.Any(f => f.RuleId == "GD507"));
    }

    [Fact]
    public void One_count_changed_by_one_is_no_longer_a_copy()
    {
        var current = DiffFixtures.Previous with { Year = DiffFixtures.Previous.Year + 1 };
        var cell = ReportForm.FindCell("/applications/outcomes/total/total")!;

        Assert.Contains(ReportComparer.Compare(DiffFixtures.Previous, current).Findings, f => f.RuleId == "GD507");
        Assert.DoesNotContain(ReportComparer.Compare(DiffFixtures.Previous, ReportForm.WithValue(current, cell, cell.GetCount(current) + 1)).Findings,
            f => f.RuleId == "GD507");
    }

    [Fact]
    public void Two_non_zero_counts_the_same_as_last_year_are_not_enough()
    {
        var previous = ReportForm.WithValue(ReportForm.WithValue(AnnualReport.Create(2022, "某局"), ReportForm.FindCell("/proactiveDisclosure/licensing/decisions")!, 5),
            ReportForm.FindCell("/proactiveDisclosure/punishment/decisions")!, 7);
        var current = previous with { Year = 2023 };
        var third = ReportForm.WithValue(current, ReportForm.FindCell("/proactiveDisclosure/compulsion/decisions")!, 1);

        Assert.DoesNotContain(ReportComparer.Compare(previous, current).Findings, f => f.RuleId == "GD507");
        Assert.Contains(ReportComparer.Compare(ReportForm.WithValue(previous, ReportForm.FindCell("/proactiveDisclosure/compulsion/decisions")!, 1), third).Findings,
            f => f.RuleId == "GD507");
    }

    [Fact]
    public void The_message_counts_the_cells_in_both_languages()
    {
        var previous = DiffFixtures.Previous;
        var current = previous with { Year = previous.Year + 1 };
        var nonZero = NonZeroCounts(previous);
        var counts = ReportForm.Cells.Count(c => c.Kind == CellKind.Count);

        var chinese = ReportComparer.Compare(previous, current).Findings.Single(f => f.RuleId == "GD507");
        var english = ReportComparer.Compare(previous, current, new DiffOptions { Language = MessageLanguage.English }).Findings.Single(f => f.RuleId == "GD507");

        Assert.Equal((Severity.Warning, "/applications"), (chinese.Severity, chinese.Path));
        Assert.Equal($"表二、表三、表四的全部 {counts} 个件数与上一年度完全相同（其中 {nonZero} 个不为 0），疑似照搬上年数字", chinese.Message);
        Assert.Equal($"All {counts} counts of tables A, B and C equal last year's ({nonZero} of them non-zero): the figures look copied forward", english.Message);
        Assert.Equal(["/proactiveDisclosure", "/reviewsAndLitigation"], chinese.Related);
    }
}
