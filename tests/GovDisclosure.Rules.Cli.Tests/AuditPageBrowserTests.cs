using System;
using System.IO;
using System.Linq;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// The audit page in a real headless browser (Debian's chromium and chromium-driver): the charts render, every link
/// resolves, the console stays clean, and a screenshot goes to artifacts/. A missing browser is a failure, never a skip.
/// </summary>
public sealed class AuditPageBrowserTests(AuditFolder folder) : IClassFixture<AuditFolder>
{
    private static ChromeDriver Browser(string profile)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium is not installed: apt-get install chromium chromium-driver (.ci/run installs them)");
        var driverPath = new[] { "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromedriver is not installed: apt-get install chromium-driver (.ci/run installs it)");

        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,2000");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driverPath)!, Path.GetFileName(driverPath));
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>The repository's artifacts folder (git-ignored), found above the test's output folder.</summary>
    private static string Artifacts()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovDisclosure.Rules.sln")))
        {
            directory = directory.Parent;
        }

        var artifacts = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts");
        Directory.CreateDirectory(artifacts);
        return artifacts;
    }

    [Fact]
    public void The_page_renders_its_charts_resolves_every_link_logs_no_error_and_is_captured()
    {
        var profile = Path.Combine(folder.Root, "chromium-profile");
        using var driver = Browser(profile);
        try
        {
            driver.Navigate().GoToUrl(new Uri(Path.Combine(folder.Output, "index.html")).AbsoluteUri);

            var charts = driver.FindElements(By.CssSelector("svg.chart"));
            Assert.True(charts.Count >= 5, $"{charts.Count} charts");
            Assert.All(charts, chart => Assert.True(chart.Size.Width > 0 && chart.Size.Height > 0, "a chart has no size"));
            Assert.NotEmpty(driver.FindElements(By.CssSelector("svg.chart rect.bar, svg.chart polyline.series")));
            Assert.NotEmpty(driver.FindElements(By.CssSelector("svg.box rect.iqr")));

            var links = driver.FindElements(By.CssSelector("a[href]")).Select(a => a.GetAttribute("href") ?? "").ToArray();
            Assert.NotEmpty(links);
            var unresolved = links.Where(href =>
            {
                var fragment = new Uri(href).Fragment.TrimStart('#');
                return fragment.Length == 0 || !(bool)((IJavaScriptExecutor)driver).ExecuteScript("return document.getElementById(arguments[0]) !== null;", fragment)!;
            }).ToArray();
            Assert.Empty(unresolved);

            var report = folder.Jurisdiction.RollUpErrors.Select(e => e.RollUp).DefaultIfEmpty(0).First();
            driver.FindElement(By.CssSelector($"#agencies a[href='#r{report}']")).Click();
            Assert.EndsWith($"#r{report}", driver.Url, StringComparison.Ordinal);

            var errors = driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToArray();
            Assert.Empty(errors);

            driver.Navigate().GoToUrl(new Uri(Path.Combine(folder.Output, "index.html")).AbsoluteUri);
            driver.GetScreenshot().SaveAsFile(Path.Combine(Artifacts(), "audit-page.png"));
        }
        finally
        {
            driver.Quit();
        }
    }
}
