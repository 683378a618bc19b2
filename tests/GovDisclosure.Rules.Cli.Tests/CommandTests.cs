using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>Every command and format, run in this process.</summary>
public class CommandTests
{
    [Fact]
    public void Validate_text_says_the_seed_passes_and_exits_0()
    {
        var run = CliRun.InProcess("validate", CliRun.SeedText);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("通过 — 0 个错误，0 个警告，0 个提示", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Validate_in_English_says_valid()
    {
        var run = CliRun.InProcess("validate", CliRun.SeedJson, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("valid — 0 error(s), 0 warning(s), 0 info(s)", run.Stdout);
    }

    [Fact]
    public void Validate_json_writes_one_line_per_file_with_the_result()
    {
        var run = CliRun.InProcess("validate", CliRun.SeedText, CliRun.SeedJson, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(CliRun.SeedText, first.RootElement.GetProperty("file").GetString());
        Assert.True(first.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(0, first.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Validate_of_a_broken_report_exits_1_and_locates_each_finding()
    {
        using var folder = new ReportFolder(1, [0]);
        var run = CliRun.InProcess("validate", folder.Files[0], "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var line = JsonDocument.Parse(run.Stdout);
        var findings = line.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "GD201" && f.GetProperty("path").GetString() == "/applications/received/total");
        Assert.All(findings, f => Assert.True(f.GetProperty("line").GetInt32() > 0));
    }

    [Fact]
    public void Validate_sarif_lists_the_catalogue_and_a_region_per_finding()
    {
        using var folder = new ReportFolder(1, [0]);
        var run = CliRun.InProcess("validate", folder.Files[0], "--format", "sarif");
        Assert.Equal(1, run.ExitCode);
        using var sarif = JsonDocument.Parse(run.Stdout);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        var rules = runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules);
        var results = runElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "GD201" && r.GetProperty("level").GetString() == "error");
        Assert.All(results, r =>
        {
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() > 0);
            Assert.True(region.GetProperty("startColumn").GetInt32() > 0);
        });
    }

    [Fact]
    public void Validate_with_previous_adds_the_year_over_year_rules()
    {
        var previous = Path.Combine(Path.GetTempPath(), "govdisclosure-previous-" + System.Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var seed = ReportJson.Read(File.ReadAllBytes(CliRun.SeedJson)).Report!;
            File.WriteAllText(previous, ReportJson.Write(seed with { Year = 2020 }));
            var run = CliRun.InProcess("validate", CliRun.SeedJson, "--previous", previous, "--format", "json");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("\"ruleId\":\"GD501\"", run.Stdout);
        }
        finally
        {
            File.Delete(previous);
        }
    }

    [Fact]
    public void A_folder_of_200_reports_is_validated_in_path_order_and_fails_for_the_broken_ones()
    {
        using var folder = new ReportFolder(200, [7, 88, 150]);
        var run = CliRun.InProcess("validate", folder.Path, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(folder.Files, lines.Select(l => l.GetProperty("file").GetString()));
        var invalid = lines.Where(l => !l.GetProperty("valid").GetBoolean()).Select(l => Path.GetFileName(l.GetProperty("file").GetString())).ToArray();
        Assert.Equal(new[] { "report-007.json", "report-088.json", "report-150.json" }, invalid.OrderBy(n => n));
    }

    [Fact]
    public void A_malformed_JSON_file_is_a_located_GDJ001_and_exit_1()
    {
        var file = Path.Combine(Path.GetTempPath(), "govdisclosure-malformed-" + System.Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, "{\n  \"formatVersion\": \"2021\",\n  \"year\": 20");
            var run = CliRun.InProcess("validate", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("GDJ001", run.Stdout);
            Assert.Matches(@"\(3:\d+\)", run.Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("validate", "/no/such/file.json")]
    [InlineData("frobnicate")]
    [InlineData("validate", "--format", "xml", "x.json")]
    [InlineData("validate")]
    [InlineData("diff", "only-one.json")]
    [InlineData("schema", "nonsense")]
    [InlineData("validate", "--colour", "red", "x.json")]
    public void Bad_usage_is_one_line_on_stderr_with_a_hint_and_exit_2(params string[] args)
    {
        var run = CliRun.InProcess(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("govdisclosure: ", lines[0]);
        Assert.Contains("(", lines[0]);
    }

    [Fact]
    public void Diff_renders_text_json_and_markdown()
    {
        var text = CliRun.InProcess("diff", CliRun.Previous2021, CliRun.SeedText);
        Assert.Equal(text.Stdout.Contains("GD503") ? 1 : 0, text.ExitCode);
        Assert.Contains("2021", text.Stdout);
        var json = CliRun.InProcess("diff", CliRun.Previous2021, CliRun.SeedText, "--format", "json");
        using (var document = JsonDocument.Parse(json.Stdout))
        {
            Assert.Equal(2021, document.RootElement.GetProperty("previousYear").GetInt32());
            Assert.Equal(2022, document.RootElement.GetProperty("currentYear").GetInt32());
            Assert.NotEqual(0, document.RootElement.GetProperty("cells").GetArrayLength());
        }

        var markdown = CliRun.InProcess("diff", CliRun.Previous2021, CliRun.SeedText, "--format", "markdown", "--lang", "en");
        Assert.Contains("|", markdown.Stdout);
        Assert.Matches("[▲▼]", markdown.Stdout);
    }

    [Fact]
    public void Diff_of_a_report_with_itself_reports_GD501_and_exit_1()
    {
        // The same year twice is not a previous and a current year: an error.
        var run = CliRun.InProcess("diff", CliRun.SeedJson, CliRun.SeedJson, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GD501", run.Stdout);
    }

    [Fact]
    public void Import_then_export_goes_from_text_to_canonical_JSON_and_back()
    {
        var output = Path.Combine(Path.GetTempPath(), "govdisclosure-import-" + System.Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var import = CliRun.InProcess("import", CliRun.SeedText, "-o", output);
            Assert.Equal(0, import.ExitCode);
            Assert.Equal("", import.Stdout);
            var expected = ReportJson.Read(File.ReadAllBytes(CliRun.SeedJson)).Report;
            Assert.Equal(expected, ReportJson.Read(File.ReadAllBytes(output)).Report);

            var text = CliRun.InProcess("export", output);
            Assert.Equal(0, text.ExitCode);
            Assert.Contains("三、收到和处理政府信息公开申请情况", text.Stdout);
            var json = CliRun.InProcess("export", output, "--format", "json");
            Assert.Equal(expected, ReportJson.Read(json.Stdout).Report);
            var markdown = CliRun.InProcess("export", output, "--format", "markdown");
            Assert.Contains("|", markdown.Stdout);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Aggregate_sums_the_reports_of_a_folder()
    {
        using var folder = new ReportFolder(5, []);
        var run = CliRun.InProcess("aggregate", folder.Path, "--name", "某市汇总");
        Assert.Equal(0, run.ExitCode);
        var rollUp = ReportJson.Read(run.Stdout).Report!;
        Assert.Equal("某市汇总", rollUp.Agency.Name);
        var reports = folder.Files.Select(f => ReportJson.Read(File.ReadAllBytes(f)).Report!).ToArray();
        Assert.Equal(reports.Sum(r => r.Applications.Received.Total), rollUp.Applications.Received.Total);
    }

    [Theory]
    [InlineData("report", "政府信息公开")]
    [InlineData("result", "findings")]
    [InlineData("diff", "relativeChange")]
    public void Schema_prints_each_shipped_schema(string which, string expected)
    {
        var run = CliRun.InProcess("schema", which);
        Assert.Equal(0, run.ExitCode);
        using var schema = JsonDocument.Parse(run.Stdout);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Contains(expected, run.Stdout);
    }

    [Fact]
    public void Rules_lists_the_catalogue_as_text_and_json()
    {
        var text = CliRun.InProcess("rules");
        Assert.Equal(RuleCatalog.All.Count, text.Stdout.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("GD203\t错误\t", text.Stdout);
        var json = CliRun.InProcess("rules", "--format", "json");
        using var rules = JsonDocument.Parse(json.Stdout);
        Assert.Equal(RuleCatalog.All.Count, rules.RootElement.GetArrayLength());
    }
}
