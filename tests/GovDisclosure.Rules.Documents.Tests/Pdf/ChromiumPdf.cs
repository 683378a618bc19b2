using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// Prints the project's own HTML export of reports to PDF with headless Chromium (Debian's chromium and a CJK font,
/// installed by .ci/run), a batch at once, two browsers at a time: the PDFs the PDF tests read, as agencies make them.
/// </summary>
internal static class ChromiumPdf
{
    private static readonly string Browser = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed: apt-get install chromium fonts-wqy-microhei (.ci/run installs them)");

    /// <summary>A page holding the report's HTML export, in A4 portrait or landscape.</summary>
    internal static string Page(AnnualReport report, bool landscape) => Page(report, landscape, PageStyle.AsExported);

    /// <summary>A page holding the report's HTML export printed in the given style (see <see cref="PageStyle"/>).</summary>
    internal static string Page(AnnualReport report, bool landscape, PageStyle style)
    {
        var html = PublishedDocument.ExportHtml(report);
        var css = "@page { size: A4" + (landscape ? " landscape" : "") + " }";
        switch (style)
        {
            case PageStyle.WithoutBorders:
                css += " table, td, th { border: none !important }";
                break;
            case PageStyle.HeaderRepeated:
                css += " thead { display: table-header-group }";
                html = HeadersAsThead(html);
                break;
        }

        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + report.Agency.Name + "</title><style>" + css + "</style></head><body>"
            + html + "</body></html>";
    }

    /// <summary>
    /// Puts each table's header rows in a thead (the export writes none), so that a browser repeats them on every page
    /// the table runs onto: the first row and the rows its row spans reach into.
    /// </summary>
    private static string HeadersAsThead(string html) =>
        Regex.Replace(html, "(<table[^>]*>\n)((?:<tr>.*?</tr>\n)+)(</table>)", table =>
        {
            var rows = Regex.Matches(table.Groups[2].Value, "<tr>.*?</tr>\n").Select(m => m.Value).ToList();
            var header = 1;
            for (var r = 0; r < header && r < rows.Count; r++)
            {
                foreach (Match span in Regex.Matches(rows[r], "rowspan=\"(\\d+)\""))
                {
                    header = Math.Max(header, r + int.Parse(span.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return table.Groups[1].Value + "<thead>" + string.Concat(rows.Take(header)) + "</thead><tbody>" + string.Concat(rows.Skip(header)) + "</tbody>" + table.Groups[3].Value;
        });

    /// <summary>
    /// Prints each page to a PDF; the PDFs in the order of the pages. The pages whose index is in
    /// <paramref name="withHeaderAndFooter"/> get the browser's own running head and foot (date, title, address, page
    /// number), as a clerk printing from a browser gets them.
    /// </summary>
    internal static byte[][] Print(IReadOnlyList<string> pages, ISet<int>? withHeaderAndFooter = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pdfs = new byte[pages.Count][];
            Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var html = Path.Combine(folder, $"page{i}.html");
                var pdf = Path.Combine(folder, $"page{i}.pdf");
                File.WriteAllText(html, pages[i]);
                Run(pdf, html, Path.Combine(folder, $"profile{i}"), withHeaderAndFooter?.Contains(i) ?? false);
                pdfs[i] = File.ReadAllBytes(pdf);
            });
            return pdfs;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(string pdf, string html, string profile, bool headerAndFooter)
    {
        var start = new ProcessStartInfo(Browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--print-to-pdf=" + pdf,
            headerAndFooter ? "" : "--no-pdf-header-footer", new Uri(html).AbsoluteUri,
        })
        {
            if (argument.Length > 0)
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(180_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not print {html} within 3 minutes");
        }

        if (!File.Exists(pdf))
        {
            throw new InvalidOperationException($"chromium printed no PDF for {html} (exit {process.ExitCode}): {output.Result} {error.Result}");
        }
    }
}

/// <summary>How a report's export is printed.</summary>
internal enum PageStyle
{
    /// <summary>As the export writes it: every cell ruled.</summary>
    AsExported,

    /// <summary>With every border removed by CSS: a table drawn without ruling lines.</summary>
    WithoutBorders,

    /// <summary>With each table's header rows in a thead the browser repeats on every page the table runs onto.</summary>
    HeaderRepeated,
}
