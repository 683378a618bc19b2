using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>Builds the immutable report from what the reader gathered, indexed as <see cref="ReportForm"/> indexes them.</summary>
internal static class JsonReportAssembly
{
    /// <summary>
    /// Makes the report. <paramref name="texts"/> is indexed by <see cref="FormText.Index"/>, <paramref name="counts"/> by
    /// <see cref="FormCell.Index"/>; a test checks that every text lands where its <see cref="FormText"/> reads it back.
    /// </summary>
    internal static AnnualReport Assemble(int year, string?[] texts, long[] counts, decimal amount, ReportExtensions? extensions)
    {
        var all = ReportForm.Texts;
        var topics = ReportForm.OverviewTopics;
        var report = new AnnualReport
        {
            Year = year,
            Agency = new Agency(texts[ReportForm.AgencyName.Index] ?? "")
            {
                Address = texts[all[1].Index],
                Phone = texts[all[2].Index],
                Website = texts[all[3].Index],
            },
            Preamble = texts[all[4].Index],
            Overview = new Overview
            {
                Summary = texts[ReportForm.OverviewSummary.Index] ?? "",
                ProactiveDisclosure = texts[topics[0].SubSection.Index],
                RequestedDisclosure = texts[topics[1].SubSection.Index],
                InformationManagement = texts[topics[2].SubSection.Index],
                PlatformBuilding = texts[topics[3].SubSection.Index],
                Oversight = texts[topics[4].SubSection.Index],
            },
            ProblemsAndImprovements = texts[ReportForm.ProblemsAndImprovements.Index] ?? "",
            OtherMatters = texts[ReportForm.OtherMatters.Index] ?? "",
            Extensions = extensions,
        };
        return ReportForm.WithFigures(report, counts, amount);
    }
}
