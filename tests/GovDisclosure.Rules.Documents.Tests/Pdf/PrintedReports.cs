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

    /// <summary>How many of the generated reports are printed again in each of the other styles.</summary>
    internal const int Restyled = 3;

    /// <summary>The seed printed portrait with every border removed: tables drawn without ruling lines.</summary>
    internal static byte[] SeedWithoutBorders => All.Value.Pdfs[2 + Generated];

    /// <summary>The seed printed portrait with each table's header rows repeated on every page the table runs onto.</summary>
    internal static byte[] SeedWithHeaderRepeated => All.Value.Pdfs[3 + Generated];

    /// <summary>The first <see cref="Restyled"/> generated reports printed in a style, and their PDFs.</summary>
    internal static IEnumerable<(AnnualReport Report, bool Landscape, byte[] Pdf)> GeneratedIn(PageStyle style) =>
        All.Value.Reports.Take(Restyled).Select((report, i) =>
            (report, i % 2 == 1, All.Value.Pdfs[4 + Generated + (style == PageStyle.WithoutBorders ? 0 : Restyled) + i]));

    private static Printed Print()
    {
        var reports = ReportGenerators.ConsistentReport().Sample(Generated, new FsCheck.Rnd(20261201UL), 30).ToList();
        var pages = new List<string> { ChromiumPdf.Page(Reports.Seed, landscape: false), ChromiumPdf.Page(Reports.Seed, landscape: true) };
        pages.AddRange(reports.Select((report, i) => ChromiumPdf.Page(report, landscape: i % 2 == 1)));
        pages.Add(ChromiumPdf.Page(Reports.Seed, landscape: false, PageStyle.WithoutBorders));
        pages.Add(ChromiumPdf.Page(Reports.Seed, landscape: false, PageStyle.HeaderRepeated));
        foreach (var style in new[] { PageStyle.WithoutBorders, PageStyle.HeaderRepeated })
        {
            pages.AddRange(reports.Take(Restyled).Select((report, i) => ChromiumPdf.Page(report, landscape: i % 2 == 1, style)));
        }

        pages.Add(ChromiumPdf.Page(Reports.Seed, landscape: false));
        return new Printed(reports, ChromiumPdf.Print(pages, new HashSet<int> { pages.Count - 1 }));
    }

    private sealed record Printed(List<AnnualReport> Reports, byte[][] Pdfs);
}
