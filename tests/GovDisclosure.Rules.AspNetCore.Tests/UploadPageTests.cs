using System;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>
/// The example portal's upload page in a real headless Chromium (Debian's chromium and chromium-driver): a clerk drops a
/// report and sees its cells highlighted with their messages, the prose findings, and the changes from last year.
/// </summary>
public sealed class UploadPageTests : IDisposable
{
    private const string Broken = "/applications/received/total";
    private readonly PortalFactory factory = new();
    private readonly ChromeDriver browser;
    private readonly string files = Directory.CreateTempSubdirectory("portal-upload-").FullName;
    private readonly Uri home;

    public UploadPageTests()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        home = factory.ClientOptions.BaseAddress;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2400", $"--user-data-dir={Path.Combine(files, "profile")}");
        browser = new ChromeDriver(ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver"), options, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_broken_report_shows_its_offending_cells_highlighted_with_their_messages_in_both_languages()
    {
        var bytes = Seed.Json2021WithFigure(Broken, 9);
        var expected = new ReportValidator().Validate(ReportJson.Read(bytes));
        var english = new ReportValidator(new ValidationOptions { Language = MessageLanguage.English }).Validate(ReportJson.Read(bytes, new JsonReadOptions { Language = MessageLanguage.English }));
        var errors = expected.Findings.Where(f => f.Severity == Severity.Error).ToArray();
        Assert.NotEmpty(errors);

        Upload(("report", "broken-2021.json", bytes));

        foreach (var error in errors)
        {
            var cell = browser.FindElement(By.CssSelector($".cell[data-pointer='{error.Path}']"));
            Assert.Contains("error", cell.GetAttribute("class"), StringComparison.Ordinal);
            var row = cell.FindElement(By.XPath("ancestor::div[contains(@class,'row')]"));
            Assert.Contains(row.FindElements(By.CssSelector(".messages li")), m => m.GetAttribute("data-rule") == error.RuleId && m.Text.EndsWith(error.Message, StringComparison.Ordinal));
        }

        Assert.Equal(expected.Findings.Count, browser.FindElements(By.CssSelector(".messages li, #prose li")).Count);
        Assert.DoesNotContain(browser.FindElements(By.CssSelector(".cell.error")), c => errors.All(e => e.Path != c.GetAttribute("data-pointer")));
        Screenshot("portal-broken-report.png");

        browser.FindElement(By.Id("language")).Click();
        Checked();
        var first = english.Findings.First(f => f.Severity == Severity.Error);
        var englishRow = browser.FindElement(By.CssSelector($".cell[data-pointer='{first.Path}']")).FindElement(By.XPath("ancestor::div[contains(@class,'row')]"));
        Assert.Contains(englishRow.FindElements(By.CssSelector(".messages li")), m => m.Text.EndsWith(first.Message, StringComparison.Ordinal));
        Assert.Equal("Check", browser.FindElement(By.Id("check")).Text);
        Screenshot("portal-broken-report-en.png");
    }

    [Fact]
    public void The_seed_with_last_years_report_shows_its_findings_and_the_changes_year_over_year()
    {
        var previous = Seed.Json2021;
        var current = Seed.Text2022;
        var expected = new ReportValidator().Validate(PublishedText.Import(current), ReportJson.Read(previous).Report);
        var diff = ReportComparer.Compare(ReportJson.Read(previous).Report!, PublishedText.Import(current).Report!);

        Upload(("report", "harbin-2022.txt", current), ("previous", "harbin-2021.json", previous));

        Assert.Equal(expected.Findings.Count, browser.FindElements(By.CssSelector(".messages li, #prose li")).Count);
        Assert.Equal(expected.Findings.Select(f => f.RuleId).OrderBy(r => r, StringComparer.Ordinal),
            browser.FindElements(By.CssSelector(".messages li, #prose li")).Select(m => m.GetAttribute("data-rule")).OrderBy(r => r, StringComparer.Ordinal));
        Assert.Equal(diff.Cells.Select(c => c.Pointer), browser.FindElements(By.CssSelector("table.changes tr[data-pointer]")).Select(r => r.GetAttribute("data-pointer")));
        Assert.Contains(browser.FindElements(By.CssSelector(".cell")), c => c.GetAttribute("data-pointer") == "/applications/received/total");
        Screenshot("portal-seed-with-last-year.png");
    }

    public void Dispose()
    {
        browser.Quit();
        browser.Dispose();
        factory.Dispose();
        Directory.Delete(files, recursive: true);
    }

    private void Upload(params (string Field, string Name, byte[] Bytes)[] uploads)
    {
        browser.Navigate().GoToUrl(home);
        foreach (var (field, name, bytes) in uploads)
        {
            var path = Path.Combine(files, name);
            File.WriteAllBytes(path, bytes);
            browser.FindElement(By.Id(field)).SendKeys(path);
        }

        browser.FindElement(By.Id("check")).Click();
        Checked();
    }

    private void Checked()
    {
        new WebDriverWait(browser, TimeSpan.FromSeconds(30)).Until(b => b.FindElement(By.TagName("body")).GetAttribute("data-checked") == "true");
        // The language switch checks again: wait for that round to end too.
        browser.ExecuteScript("document.body.dataset.checked = 'seen';");
    }

    private void Screenshot(string name)
    {
        var artifacts = Path.Combine(RepositoryRoot.Path, "artifacts");
        Directory.CreateDirectory(artifacts);
        browser.GetScreenshot().SaveAsFile(Path.Combine(artifacts, name));
    }
}
