using System;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>Rewriting every prose member of a report at once.</summary>
public static class Prose
{
    /// <summary>The report with <paramref name="edit"/> applied to the preamble, every overview part, and sections 五 and 六.</summary>
    public static AnnualReport Rewrite(AnnualReport report, Func<string?, string?> edit)
    {
        var overview = report.Overview;
        return report with
        {
            Preamble = edit(report.Preamble),
            Overview = overview with
            {
                Summary = edit(overview.Summary) ?? "",
                ProactiveDisclosure = edit(overview.ProactiveDisclosure),
                RequestedDisclosure = edit(overview.RequestedDisclosure),
                InformationManagement = edit(overview.InformationManagement),
                PlatformBuilding = edit(overview.PlatformBuilding),
                Oversight = edit(overview.Oversight),
            },
            ProblemsAndImprovements = edit(report.ProblemsAndImprovements) ?? "",
            OtherMatters = edit(report.OtherMatters) ?? "",
        };
    }
}
