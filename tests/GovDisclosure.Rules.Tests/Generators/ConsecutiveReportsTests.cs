using System;
using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ConsecutiveReportsTests
{
    [Property]
    public void Both_years_are_consistent(ConsecutiveReports reports)
    {
        Consistency.AssertConsistent(reports.Previous);
        Consistency.AssertConsistent(reports.Current);
    }

    [Property]
    public void The_years_follow_one_another_for_one_agency(ConsecutiveReports reports)
    {
        Assert.Equal(reports.Previous.Year + 1, reports.Current.Year);
        Assert.InRange(reports.Current.Year, 2022, Math.Max(2022, DateTime.Today.Year - 1));
        Assert.Equal(reports.Previous.Agency.Name, reports.Current.Agency.Name);
    }

    [Property]
    public void What_was_carried_forward_is_carried_over_column_by_column(ConsecutiveReports reports) =>
        Assert.All(ReportForm.CarriedOver.Cells.Zip(ReportForm.CarriedForward.Cells, (over, forward) => (over, forward)),
            p => Assert.Equal(p.forward.GetCount(reports.Previous), p.over.GetCount(reports.Current)));

    [Property]
    public void Documents_in_force_are_last_years_plus_issued_less_repealed(ConsecutiveReports reports) =>
        Assert.All(new[] { ReportForm.Regulations, ReportForm.NormativeDocuments }, row =>
        {
            long Now(int column) => row.Cells[column].GetCount(reports.Current);
            Assert.Equal(row.Cells[2].GetCount(reports.Previous) + Now(0) - Now(1), Now(2));
        });

    [Property]
    public void No_prose_sentence_is_copied_from_last_year(ConsecutiveReports reports) =>
        Assert.All(ReportForm.Texts.Where(t => t.IsProse), text =>
        {
            var last = Sentences(text.GetText(reports.Previous));
            Assert.DoesNotContain(Sentences(text.GetText(reports.Current)), s => last.Contains(s));
        });

    [Fact]
    public void A_range_of_fewer_than_two_years_is_a_bad_call() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportGenerators.ConsecutiveYears(2023, 2023));

    // Sentences long enough to say something: short fixed ones ("无其他需要报告的事项") may recur in real reports too.
    private static string[] Sentences(string? text) =>
        (text ?? "").Split('。', '\n').Where(s => s.Length >= 20).ToArray();
}
