using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Cli.Audit;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary><c>govdisclosure audit</c>: the four files it writes, read back and compared with the library's audit of the same reports.</summary>
public class AuditCommandTests(AuditFolder folder) : IClassFixture<AuditFolder>
{
    private AuditResult Expected => ReportAudit.Run(folder.Jurisdiction.Reports, new AuditOptions { Renames = folder.Jurisdiction.Renames });

    [Fact]
    public void It_writes_the_page_the_workbook_the_CSV_and_the_JSON_and_says_so()
    {
        Assert.Equal(Expected.Failed > 0 ? Cli.ErrorFound : Cli.NoError, folder.Run.ExitCode);
        Assert.All(new[] { "index.html", "reports.xlsx", "reports.csv", "audit.json" }, f => Assert.True(File.Exists(Path.Combine(folder.Output, f)), f));
        Assert.Contains($"审计报告 {folder.Files.Length} 份", folder.Run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_CSV_and_JSON_are_the_librarys_renderings_of_the_same_audit()
    {
        var expected = Expected;
        using var csv = new MemoryStream();
        AuditCsv.Write(expected, csv, folder.Files);

        Assert.Equal(csv.ToArray(), File.ReadAllBytes(Path.Combine(folder.Output, "reports.csv")));
        Assert.Equal(AuditJson.Write(expected, folder.Files), File.ReadAllText(Path.Combine(folder.Output, "audit.json")));
    }

    [Fact]
    public void The_workbook_reads_back_to_every_report_cell_finding_and_rule()
    {
        var expected = Expected;
        using var document = SpreadsheetDocument.Open(Path.Combine(folder.Output, "reports.xlsx"), false);

        var reports = Sheet(document, AuditWorkbook.ReportsSheet);
        Assert.Equal([.. AuditCsv.LeadingColumns, .. ReportForm.Cells.Select(c => c.Label)], reports[0]);
        Assert.Equal(AuditCsv.Rows(expected, folder.Files).Select(r => r.ToArray()), reports.Skip(1));
        Assert.All(expected.Reports, r => Assert.Equal(
            ReportForm.Cells.Select(c => c.GetValue(r.Report)),
            reports[r.Index + 1].Skip(AuditCsv.LeadingColumns.Count).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture))));

        var findings = Sheet(document, AuditWorkbook.FindingsSheet);
        Assert.Equal(AuditWorkbook.FindingColumns, findings[0]);
        Assert.Equal(expected.Reports.SelectMany(r => r.Findings.Select(f => (r.Index.ToString(CultureInfo.InvariantCulture), f.RuleId, f.Path, f.Message))),
            findings.Skip(1).Select(row => (row[0], row[3], row[5], row[6])));

        var rules = Sheet(document, AuditWorkbook.RulesSheet);
        Assert.Equal(expected.Rules.Select(t => (t.RuleId, t.Findings.ToString(CultureInfo.InvariantCulture))), rules.Skip(1).Select(row => (row[0], row[3])));
    }

    [Fact]
    public void The_workbook_is_valid_spreadsheetml_and_the_same_bytes_each_time()
    {
        // Written by hand (ZipArchive, XmlWriter): the SDK's validator is the independent judge of the markup.
        var path = Path.Combine(folder.Output, "reports.xlsx");
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        using var again = new MemoryStream();
        AuditWorkbook.Write(Expected, again, folder.Files);
        Assert.Equal(File.ReadAllBytes(path), again.ToArray());
    }

    [Fact]
    public void Planted_patterns_reach_the_JSON()
    {
        var json = File.ReadAllText(Path.Combine(folder.Output, "audit.json"));

        Assert.Equal(folder.Jurisdiction.CopiedTables.Count > 0, json.Contains("\"GD507\"", StringComparison.Ordinal));
        Assert.Equal(folder.Jurisdiction.RollUpErrors.Count > 0, json.Contains("\"GDA005\"", StringComparison.Ordinal));
        Assert.Equal(folder.Jurisdiction.CopiedProse.Count > 0, json.Contains("\"GDA004\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_no_report_is_left_out_with_its_findings_on_stderr_and_exit_1()
    {
        var input = Path.Combine(folder.Root, "mixed");
        Directory.CreateDirectory(input);
        File.Copy(CliRun.SeedText, Path.Combine(input, "a-seed.txt"));
        File.Copy(CliRun.Previous2021, Path.Combine(input, "b-2021.json"));
        File.WriteAllText(Path.Combine(input, "c-broken.json"), "{");
        var output = Path.Combine(folder.Root, "mixed-out");

        var run = CliRun.InProcess("audit", input, "-o", output, "--lang", "en");

        Assert.Equal(Cli.ErrorFound, run.ExitCode);
        Assert.Contains("c-broken.json", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 reports audited", run.Stdout, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "audit.json")));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal([Path.Combine(input, "a-seed.txt"), Path.Combine(input, "b-2021.json")], reports.Select(r => r.GetProperty("source").GetString()));
        Assert.Equal(1, reports[0].GetProperty("previousIndex").GetInt32());
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        Assert.Equal(Cli.BadUsage, CliRun.InProcess("audit", folder.Input, "--similarity", "2").ExitCode);
        Assert.Equal(Cli.BadUsage, CliRun.InProcess("audit", folder.Input, "--renames", Path.Combine(folder.Root, "missing.txt")).ExitCode);
        var bad = Path.Combine(folder.Root, "bad-renames.txt");
        File.WriteAllText(bad, "no equals sign here\n");
        var run = CliRun.InProcess("audit", folder.Input, "--renames", bad);
        Assert.Equal(Cli.BadUsage, run.ExitCode);
        Assert.Contains("line 1", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Every row of a sheet as text: inline strings as written, numbers as their cell value.</summary>
    private static List<string[]> Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }
}
