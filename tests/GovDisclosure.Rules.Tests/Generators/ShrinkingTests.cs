using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ShrinkingTests
{
    // Each candidate is a whole report built afresh: a sample of reports and their candidates keeps the test fast.
    [Property(MaxTest = 15)]
    public void Every_shrink_candidate_is_consistent_and_different(AnnualReport report) =>
        Assert.All(ReportGenerators.ShrinkConsistent(report).Take(40), candidate =>
        {
            Assert.NotEqual(report, candidate);
            Consistency.AssertConsistent(candidate);
        });

    [Property(MaxTest = 15)]
    public void Every_shrink_candidate_of_a_pair_still_chains(ConsecutiveReports reports) =>
        Assert.All(ReportGenerators.ShrinkConsecutive(reports).Take(30), candidate =>
        {
            Assert.NotEqual(reports, candidate);
            Consistency.AssertConsistent(candidate.Previous);
            Consistency.AssertConsistent(candidate.Current);
            Assert.Equal(candidate.Previous.Year + 1, candidate.Current.Year);
            Assert.Equal(ReportForm.CarriedForward.Cells.Select(c => c.GetCount(candidate.Previous)), ReportForm.CarriedOver.Cells.Select(c => c.GetCount(candidate.Current)));
            var inForce = ReportForm.NormativeDocuments.Cells;
            Assert.Equal(inForce[2].GetCount(candidate.Previous) + inForce[0].GetCount(candidate.Current) - inForce[1].GetCount(candidate.Current), inForce[2].GetCount(candidate.Current));
            Assert.NotEqual(candidate.Previous.Overview, candidate.Current.Overview);
            Assert.NotEqual(candidate.Previous.ProblemsAndImprovements, candidate.Current.ProblemsAndImprovements);
        });

    /// <summary>
    /// A run CI met: shrinking lowered a free figure, settling raised the applications received that are worked out from it, and the
    /// shrunk report was larger than the one it came from. Replayed so that it stays fixed.
    /// </summary>
    [Property(MaxTest = 20, Replay = "7614795710872331083,17027858814187176639,16")]
    public void Shrinking_never_raises_a_figure_worked_out_from_a_smaller_one(AnnualReport report) =>
        Shrinking_a_failing_report_ends_in_a_consistent_report_that_still_fails(report);

    [Property(MaxTest = 20)]
    public void Shrinking_a_failing_report_ends_in_a_consistent_report_that_still_fails(AnnualReport report)
    {
        // The property under test: "fewer than 5 applications" — false for many generated reports.
        static bool Fails(AnnualReport r) => r.Applications.Received.Total >= 5;
        if (!Fails(report))
        {
            return;
        }

        var steps = 0;
        var current = report;
        for (var next = Smaller(current); next is not null; next = Smaller(current))
        {
            current = next;
            Assert.True(++steps < 500, "shrinking ends");
        }

        Consistency.AssertConsistent(current);
        Assert.True(Fails(current));
        Assert.True(current.Applications.Received.Total <= report.Applications.Received.Total);

        AnnualReport? Smaller(AnnualReport r) => ReportGenerators.ShrinkConsistent(r).FirstOrDefault(Fails);
    }

    [Fact]
    public void A_report_without_figures_or_flourish_does_not_shrink()
    {
        var report = ReportGenerators.ConsistentReport().Sample(1)[0];
        var bottom = report;
        for (var i = 0; i < 10 && ReportGenerators.ShrinkConsistent(bottom).FirstOrDefault() is { } next; i++)
        {
            bottom = next;
        }

        Assert.Empty(ReportGenerators.ShrinkConsistent(bottom));
        Assert.All(ReportForm.Cells, c => Assert.Equal(0m, c.GetValue(bottom)));
    }

    [Fact]
    public void Shrinking_null_is_a_bad_call()
    {
        Assert.Throws<ArgumentNullException>(() => ReportGenerators.ShrinkConsistent(null!));
        Assert.Throws<ArgumentNullException>(() => ReportGenerators.ShrinkConsecutive(null!));
    }
}
