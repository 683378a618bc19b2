using System.IO;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>The tool reads .html and .docx by content and exports the official template as .docx and HTML.</summary>
public class DocumentCommandTests
{
    [Fact]
    public void Export_as_docx_and_html_then_validate_import_and_diff_read_them_back()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-documents-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var docx = Path.Combine(folder, "report.docx");
            var html = Path.Combine(folder, "report.html");
            Assert.Equal(0, CliRun.InProcess("export", CliRun.SeedJson, "--format", "docx", "-o", docx).ExitCode);
            Assert.Equal(0, CliRun.InProcess("export", CliRun.SeedJson, "--format", "html", "-o", html).ExitCode);
            Assert.StartsWith("PK", File.ReadAllText(docx).Substring(0, 2));
            Assert.Contains("<table", File.ReadAllText(html));

            var validate = CliRun.InProcess("validate", folder);
            Assert.Equal(0, validate.ExitCode);
            Assert.Contains("report.docx", validate.Stdout);
            Assert.Contains("report.html", validate.Stdout);

            var expected = ReportJson.Read(File.ReadAllBytes(CliRun.SeedJson)).Report;
            foreach (var file in new[] { docx, html })
            {
                var import = CliRun.InProcess("import", file);
                Assert.Equal(0, import.ExitCode);
                Assert.Equal(expected, ReportJson.Read(import.Stdout).Report);
            }

            // The same year twice: the diff reads both documents and finds no cell changed (its year-over-year rules may object).
            var diff = CliRun.InProcess("diff", docx, html, "--format", "json");
            Assert.NotEqual(2, diff.ExitCode);
            Assert.Contains("\"cells\":[]", diff.Stdout.Replace(" ", "").Replace("\n", ""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Export_as_docx_without_an_output_file_is_a_usage_error_and_a_legacy_doc_is_refused()
    {
        Assert.Equal(2, CliRun.InProcess("export", CliRun.SeedJson, "--format", "docx").ExitCode);
        var doc = Path.Combine(Path.GetTempPath(), "govdisclosure-" + System.Guid.NewGuid().ToString("N") + ".doc");
        File.WriteAllBytes(doc, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        try
        {
            var run = CliRun.InProcess("validate", doc);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("GDT008", run.Stdout);
        }
        finally
        {
            File.Delete(doc);
        }
    }
}
