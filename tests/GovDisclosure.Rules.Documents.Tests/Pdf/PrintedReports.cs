using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// The PDFs the tests read, printed once for the whole test run in one batch: the seed report in portrait and in
/// landscape, and generated reports (FsCheck's generator, a fixed seed and a bounded count) alternating the two.
/// </summary>
internal static class PrintedReports
{
    /// <summary>How many generated reports are printed: a few dozen PDFs in all keeps CI on two cores quick.</summary>
    internal const int Generated = 16;

    private static readonly Lazy<Printed> All = new(Print);

    internal static byte[] SeedPortrait => All.Value.Pdfs[0];

    internal static byte[] SeedLandscape => All.Value.Pdfs[1];

    /// <summary>The seed printed portrait with the browser's running head and foot (date, title, address, page numbers).</summary>
    internal static byte[] SeedWithHeaderAndFooter => All.Value.Pdfs[All.Value.Pdfs.Length - 1];

    /// <summary>Each generated report, whether it was printed landscape, and its PDF.</summary>
    internal static IEnumerable<(AnnualReport Report, bool Landscape, byte[] Pdf)> GeneratedReports =>
        All.Value.Reports.Select((report, i) => (report, i % 2 == 1, All.Value.Pdfs[i + 2]));

    private static Printed Print()
    {
        var reports = ReportGenerators.ConsistentReport().Sample(Generated, new FsCheck.Rnd(20261201UL), 30).ToList();
        var pages = new List<string> { ChromiumPdf.Page(Reports.Seed, landscape: false), ChromiumPdf.Page(Reports.Seed, landscape: true) };
        pages.AddRange(reports.Select((report, i) => ChromiumPdf.Page(report, landscape: i % 2 == 1)));
        pages.Add(ChromiumPdf.Page(Reports.Seed, landscape: false));
        return new Printed(reports, ChromiumPdf.Print(pages, new HashSet<int> { pages.Count - 1 }));
    }

    private sealed record Printed(List<AnnualReport> Reports, byte[][] Pdfs);
}
