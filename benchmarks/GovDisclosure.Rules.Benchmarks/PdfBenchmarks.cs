using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Documents;
using UglyToad.PdfPig;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed's HTML export printed by headless Chromium on B5 pages, five pages with the applications table broken
/// across two: the whole PDF import — PdfPig's glyphs and paths, lines, ruled tables, the matcher — against PdfPig's
/// own word extraction of the same file. Target: at most 2×. Needs chromium (and a CJK font) installed.
/// </summary>
public class PdfImportBenchmarks
{
    private byte[] pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page { size: B5 }</style></head><body>"
            + PublishedDocument.ExportHtml(SampleDocuments.Report(SampleDocuments.Seed)) + "</body></html>";
        pdf = Print(html);
        using (var document = PdfDocument.Open(pdf))
        {
            LoadBenchmarks.Require(document.NumberOfPages == 5, $"the seed printed on {document.NumberOfPages} pages, not 5");
        }

        LoadBenchmarks.Require(Import() is not null, "the PDF does not import");
    }

    [Benchmark(Baseline = true)]
    public int PdfPigWordsAlone()
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Sum(page => page.GetWords().Count());
    }

    [Benchmark]
    public AnnualReport? Import() => PublishedDocument.Import(pdf).Report;

    private static byte[] Print(string html)
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-bench-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var page = Path.Combine(folder, "seed.html");
            var output = Path.Combine(folder, "seed.pdf");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo("chromium") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "profile"), "--print-to-pdf=" + output, "--no-pdf-header-footer", new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start)!)
            {
                process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
            }

            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
