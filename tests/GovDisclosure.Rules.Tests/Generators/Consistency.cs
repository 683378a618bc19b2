using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

/// <summary>What "consistent" means for a generated report: every relation holds, no count is negative, the prose agrees with the tables.</summary>
internal static class Consistency
{
    public static void AssertRelationsHold(AnnualReport report)
    {
        Assert.DoesNotContain(ReportForm.Relations, r => !r.Holds(report));
        Assert.All(ReportForm.Cells, c => Assert.True(c.GetValue(report) >= 0, c.Pointer));
    }

    public static void AssertProseAgrees(AnnualReport report)
    {
        var stated = Prose.StatedReceived(report);
        Assert.True(stated == Prose.Received(report) || stated == Prose.Received(report) + Prose.CarriedOver(report), $"stated {stated}");
        Assert.Equal(Prose.CarriedForward(report) == 0 && stated > 0, Prose.SaysAllConcluded(report));
        Assert.Equal(Prose.Cases(report) == 0, Prose.SaysNoCases(report));
    }

    public static void AssertConsistent(AnnualReport report)
    {
        AssertRelationsHold(report);
        AssertProseAgrees(report);
    }
}
