using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// Prints the project's own HTML export of reports to PDF with headless Chromium (Debian's chromium and a CJK font,
/// installed by .ci/run), a batch at once in one browser: the PDFs the PDF tests read, as agencies make them.
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
    /// number), as a clerk printing from a browser gets them. One browser prints them all, one tab after another, through
    /// its DevTools protocol (the print a user asks for): starting a browser costs far more than printing a page.
    /// </summary>
    internal static byte[][] Print(IReadOnlyList<string> pages, ISet<int>? withHeaderAndFooter = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(Browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "profile"),
            "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var browser = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = browser.StandardOutput.ReadToEndAsync();
        var error = browser.StandardError.ReadToEndAsync();
        try
        {
            using var devTools = DevTools.Connect(Path.Combine(folder, "profile", "DevToolsActivePort"), browser, error);
            var pdfs = new byte[pages.Count][];
            for (var i = 0; i < pages.Count; i++)
            {
                var html = Path.Combine(folder, $"page{i}.html");
                File.WriteAllText(html, pages[i]);
                pdfs[i] = devTools.PrintToPdf(new Uri(html).AbsoluteUri, withHeaderAndFooter?.Contains(i) ?? false);
            }

            return pdfs;
        }
        finally
        {
            if (!browser.HasExited)
            {
                browser.Kill(entireProcessTree: true);
                browser.WaitForExit(30_000);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A connection to the browser's DevTools protocol: commands by id, sessions flattened onto the one socket.</summary>
    private sealed class DevTools : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

        private readonly ClientWebSocket socket = new();
        private readonly List<JsonElement> events = new();
        private int next;

        private DevTools()
        {
        }

        internal static DevTools Connect(string activePort, Process browser, Task<string> error)
        {
            var deadline = DateTime.UtcNow + Patience;
            string[] lines;
            while (true)
            {
                lines = File.Exists(activePort) ? File.ReadAllLines(activePort) : [];
                if (lines.Length >= 2)
                {
                    break;
                }

                if (browser.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"chromium opened no DevTools port: {(browser.HasExited ? error.Result : "timed out")}");
                }

                Thread.Sleep(50);
            }

            var devTools = new DevTools();
            devTools.socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), CancellationToken.None).Wait(Patience);
            return devTools;
        }

        /// <summary>Opens the page in a new tab, waits for it to load, prints it as a user would (the page's own size) and closes the tab.</summary>
        internal byte[] PrintToPdf(string url, bool headerAndFooter)
        {
            var target = Send("Target.createTarget", new { url = "about:blank" }).GetProperty("targetId").GetString()!;
            var session = Send("Target.attachToTarget", new { targetId = target, flatten = true }).GetProperty("sessionId").GetString()!;
            Send("Page.enable", new { }, session);
            Send("Page.navigate", new { url }, session);
            Await("Page.loadEventFired", session);
            var pdf = Send("Page.printToPDF", new { preferCSSPageSize = true, displayHeaderFooter = headerAndFooter }, session).GetProperty("data").GetString()!;
            Send("Target.closeTarget", new { targetId = target });
            return Convert.FromBase64String(pdf);
        }

        public void Dispose() => socket.Dispose();

        private JsonElement Send(string method, object parameters, string? session = null)
        {
            var id = ++next;
            var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["id"] = id, ["method"] = method, ["params"] = parameters, ["sessionId"] = session }
                .Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
            socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).Wait(Patience);
            while (true)
            {
                var reply = Receive();
                if (reply.TryGetProperty("id", out var replyId) && replyId.GetInt32() == id)
                {
                    return reply.TryGetProperty("error", out var failure)
                        ? throw new InvalidOperationException($"chromium refused {method}: {failure}")
                        : reply.GetProperty("result");
                }

                if (reply.TryGetProperty("method", out _))
                {
                    events.Add(reply);
                }
            }
        }

        private void Await(string method, string session)
        {
            bool Matches(JsonElement e) => e.GetProperty("method").GetString() == method && e.TryGetProperty("sessionId", out var s) && s.GetString() == session;
            while (!events.Any(Matches))
            {
                var message = Receive();
                if (message.TryGetProperty("method", out _))
                {
                    events.Add(message);
                }
            }

            events.RemoveAll(e => e.TryGetProperty("sessionId", out var s) && s.GetString() == session);
        }

        private JsonElement Receive()
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            WebSocketReceiveResult result;
            do
            {
                var receiving = socket.ReceiveAsync(chunk, CancellationToken.None);
                if (!receiving.Wait(Patience))
                {
                    throw new TimeoutException("chromium did not answer within 3 minutes");
                }

                result = receiving.Result;
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    throw new InvalidOperationException("chromium closed the DevTools connection");
                }

                buffer.Write(chunk, 0, result.Count);
            }
            while (!result.EndOfMessage);

            return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
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
