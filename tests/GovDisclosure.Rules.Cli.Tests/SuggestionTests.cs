using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>GD601 in every output of `validate`: under the findings it explains, in JSON Lines, and as SARIF fixes.</summary>
public sealed class SuggestionTests : IDisposable
{
    private const string Suggested = "三、收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量 › 总计 应为 11（现为 111），疑为多打一位数字；可消除 GD201、GD203 的 2 条发现；这是唯一的最小更正";

    // The seed with its received total printed as 111.
    private readonly string file = Path.Combine(Path.GetTempPath(), "govdisclosure-suggestion-" + Guid.NewGuid().ToString("N") + ".json");

    public SuggestionTests()
    {
        var seed = JsonNode.Parse(File.ReadAllText(CliRun.SeedJson))!;
        seed["applications"]!["received"]!["total"] = 111;
        File.WriteAllText(file, seed.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    public void Dispose() => File.Delete(file);

    [Fact]
    public void Text_prints_the_suggestion_under_the_first_finding_it_explains()
    {
        var lines = CliRun.InProcess("validate", file).Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var at = Array.FindIndex(lines, l => l.StartsWith("    错误 GD201 /applications/received/total", StringComparison.Ordinal));
        Assert.True(at > 0);
        Assert.Equal("      建议：" + Suggested, lines[at + 2]);
        Assert.StartsWith("    错误 GD203 ", lines[at + 3], StringComparison.Ordinal);

        // Placed under its finding, the suggestion is not listed again on its own.
        Assert.DoesNotContain(lines, l => l.Contains(" GD601 ", StringComparison.Ordinal));

        var english = CliRun.InProcess("validate", file, "--lang", "en").Stdout;
        Assert.Contains("      Suggestion: Applications › received this year › total should be 11 (printed 111), a digit looks typed twice;", english, StringComparison.Ordinal);
    }

    [Fact]
    public void JSON_lines_give_the_suggestion_as_a_finding()
    {
        using var line = JsonDocument.Parse(CliRun.InProcess("validate", file, "--format", "json").Stdout);
        var suggestion = line.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD601");
        Assert.Equal(("/applications/received/total", "info", 11, 111, Suggested),
            (suggestion.GetProperty("path").GetString(), suggestion.GetProperty("severity").GetString(), suggestion.GetProperty("expected").GetInt32(),
             suggestion.GetProperty("actual").GetInt32(), suggestion.GetProperty("message").GetString()));
        Assert.Equal(["/applications/received/total", "/applications/carriedForward/total"], suggestion.GetProperty("related").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void SARIF_gives_the_suggestion_as_a_fix_replacing_the_printed_figure()
    {
        using var sarif = JsonDocument.Parse(CliRun.InProcess("validate", file, "--format", "sarif").Stdout);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        var source = File.ReadAllLines(file);
        foreach (var ruleId in new[] { "GD201", "GD203", "GD601" })
        {
            var fix = Assert.Single(results.Single(r => r.GetProperty("ruleId").GetString() == ruleId).GetProperty("fixes").EnumerateArray());
            var replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            var region = replacement.GetProperty("deletedRegion");
            var (line, start, end) = (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32());
            Assert.Equal("111", source[line - 1][(start - 1)..(end - 1)]);
            Assert.EndsWith("\"total\": 111", source[line - 1], StringComparison.Ordinal);
            Assert.Equal("11", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
            Assert.Equal(Suggested, fix.GetProperty("description").GetProperty("text").GetString());
        }

        Assert.DoesNotContain(results.Single(r => r.GetProperty("ruleId").GetString() == "GD401").EnumerateObject(), p => p.Name == "fixes");
    }

    [Fact]
    public void SARIF_fixes_a_published_text_where_the_cell_stands()
    {
        // The seed's text with 3 carried forward for public-interest organisations, and the row's total left at 0.
        var text = Path.ChangeExtension(file, ".txt");
        try
        {
            var lines = File.ReadAllLines(CliRun.SeedText);
            var row = Array.FindIndex(lines, l => l.StartsWith("四、结转下年度继续办理", StringComparison.Ordinal));
            var cells = lines[row].Split('\t');
            cells[5] = "3";
            lines[row] = string.Join("\t", cells);
            File.WriteAllLines(text, lines);

            using var sarif = JsonDocument.Parse(CliRun.InProcess("validate", text, "--format", "sarif").Stdout);
            var suggestion = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "GD601");
            var replacement = suggestion.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            var region = replacement.GetProperty("deletedRegion");
            Assert.Equal(row + 1, region.GetProperty("startLine").GetInt32());
            var start = region.GetProperty("startColumn").GetInt32();
            Assert.Equal("3", lines[row][(start - 1)..(region.GetProperty("endColumn").GetInt32() - 1)]);
            Assert.Equal(string.Join("\t", cells.Take(5)) + "\t", lines[row][..(start - 1)]);
            Assert.Equal("0", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        }
        finally
        {
            File.Delete(text);
        }
    }
}
