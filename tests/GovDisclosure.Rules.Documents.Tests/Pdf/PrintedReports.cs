using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// The PDFs the tests read, printed once for the whole test run in one batch: the seed report in portrait, landscape and
/// the other styles, and the cases of the round-trip property (<see cref="Printings"/>). Printing is the cost, so the
/// property's cases are printed up front: the property runs once with a fixed replay only to gather the cases it will
/// draw, they are printed with the rest, and the property then runs for real with the same replay, finding each case's
/// PDF already printed (one it did not gather — there is none while the generator is pure — is printed on its own).
/// </summary>
internal static class PrintedReports
{
    /// <summary>How many generated reports the property prints and reads: a few dozen keeps CI on two cores quick.</summary>
    internal const int Generated = 34;

    /// <summary>
    /// The property's run: its count, a fixed replay (the cases gathered are the cases checked) and sizes up to 30, as
    /// large as a report gets. No shrinking is asked for: a counter-example is shown as drawn.
    /// </summary>
    internal static readonly Config Run = Config.QuickThrowOnFailure.WithMaxTest(Generated).WithEndSize(30).WithReplay(20261201UL, 0x9E3779B97F4A7C15UL);

    private static readonly Lazy<Printed> All = new(Print);

    private static readonly object Late = new();

    /// <summary>A generated report and how it is printed: portrait or landscape, as exported or in another style.</summary>
    internal static Arbitrary<Printing> Printings { get; } =
        (from report in ReportGenerators.ConsistentReport()
         from landscape in Gen.Elements(false, true)
         from style in Gen.Elements(PageStyle.AsExported, PageStyle.AsExported, PageStyle.WithoutBorders, PageStyle.HeaderRepeated)
         select new Printing(report, landscape, style)).ToArbitrary();

    internal static byte[] SeedPortrait => All.Value.Seed[0];

    internal static byte[] SeedLandscape => All.Value.Seed[1];

    /// <summary>The seed printed portrait with every border removed: tables drawn without ruling lines.</summary>
    internal static byte[] SeedWithoutBorders => All.Value.Seed[2];

    /// <summary>The seed printed portrait with each table's header rows repeated on every page the table runs onto.</summary>
    internal static byte[] SeedWithHeaderRepeated => All.Value.Seed[3];

    /// <summary>The seed printed portrait with the browser's running head and foot (date, title, address, page numbers).</summary>
    internal static byte[] SeedWithHeaderAndFooter => All.Value.Seed[4];

    /// <summary>The cases the property draws, each with its PDF.</summary>
    internal static IReadOnlyList<(Printing Printing, byte[] Pdf)> Gathered => All.Value.Cases;

    /// <summary>The gathered cases printed in a style.</summary>
    internal static IEnumerable<(AnnualReport Report, bool Landscape, byte[] Pdf)> GeneratedIn(PageStyle style) =>
        Gathered.Where(c => c.Printing.Style == style).Select(c => (c.Printing.Report, c.Printing.Landscape, c.Pdf));

    /// <summary>The PDF of a case: printed in the batch, or printed now.</summary>
    internal static byte[] Pdf(Printing printing)
    {
        foreach (var (gathered, pdf) in All.Value.Cases)
        {
            if (gathered.Equals(printing))
            {
                return pdf;
            }
        }

        lock (Late)
        {
            return ChromiumPdf.Print([ChromiumPdf.Page(printing.Report, printing.Landscape, printing.Style)])[0];
        }
    }

    private static Printed Print()
    {
        var cases = new List<Printing>();
        Prop.ForAll(Printings, printing => cases.Add(printing)).Check(Run.WithQuietOnSuccess(true));
        var pages = new List<string>
        {
            ChromiumPdf.Page(Reports.Seed, landscape: false),
            ChromiumPdf.Page(Reports.Seed, landscape: true),
            ChromiumPdf.Page(Reports.Seed, landscape: false, PageStyle.WithoutBorders),
            ChromiumPdf.Page(Reports.Seed, landscape: false, PageStyle.HeaderRepeated),
            ChromiumPdf.Page(Reports.Seed, landscape: false),
        };
        var seeds = pages.Count;
        pages.AddRange(cases.Select(c => ChromiumPdf.Page(c.Report, c.Landscape, c.Style)));
        var pdfs = ChromiumPdf.Print(pages, new HashSet<int> { seeds - 1 });
        return new Printed(pdfs.Take(seeds).ToArray(), cases.Select((c, i) => (c, pdfs[seeds + i])).ToList());
    }

    private sealed record Printed(byte[][] Seed, List<(Printing Printing, byte[] Pdf)> Cases);
}

/// <summary>A report and how it is printed.</summary>
internal sealed record Printing(AnnualReport Report, bool Landscape, PageStyle Style)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Report.Agency.Name} {Report.Year}, {(Landscape ? "landscape" : "portrait")}, {Style}";
}
