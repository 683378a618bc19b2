using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Tests;
using GovDisclosure.Rules.Text;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// <c>--format sarif</c> is SARIF 2.1.0 as its schema defines it, for reports with findings of every rule the generators
/// can break, read from JSON and from published text (where fixes appear); every rule has a helpUri into docs/rules.md.
/// The schema is the SARIF SDK's sarif-2.1.0.json from the npm package @microsoft/sarif-multitool-linux 5.7.0, which
/// .ci/run puts under artifacts/sarif/ when it is absent.
/// </summary>
public class SarifSchemaTests
{
    private static readonly string SchemaFile = RepositoryFiles.PathOf("artifacts", "sarif", "package", "sarif-2.1.0.json");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // A missing schema fails the tests that need it, never skips them.
        Assert.True(File.Exists(SchemaFile), $"{SchemaFile} is missing: run .ci/run, or (cd artifacts/sarif && npm pack @microsoft/sarif-multitool-linux@5.7.0 && tar xzf microsoft-sarif-multitool-linux-5.7.0.tgz package/sarif-2.1.0.json).");
        return JsonSchema.FromText(File.ReadAllText(SchemaFile), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    [Fact]
    public void The_schema_is_the_sarif_2_1_0_schema_and_refuses_what_is_not_sarif()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        Assert.Contains("SARIF", schema.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("2.1.0", schema.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(Evaluate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}""").IsValid);
        Assert.False(Evaluate("""{"version":"2.0.0","runs":[]}""").IsValid);
        Assert.True(Evaluate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}}}]}""").IsValid);
    }

    [Fact]
    public void The_seed_as_text_and_as_json_gives_valid_sarif()
    {
        foreach (var file in new[] { CliRun.SeedText, CliRun.SeedJson })
        {
            var run = CliRun.InProcess("validate", file, "--format", "sarif");
            Assert.Equal(0, run.ExitCode);
            AssertValid(run.Stdout);
        }
    }

    [Fact]
    public void Reports_with_findings_give_valid_sarif_with_a_result_for_every_finding() =>
        Prop.ForAll(
            Gen.Choose(1, 4).SelectMany(n => Gen.Elements(ReportGenerators.BreakableRules.ToArray()).SelectMany(ReportGenerators.BrokenReport).ArrayOf(n)).ToArbitrary(),
            ArbMap.Default.ArbFor<bool>(),
            ArbMap.Default.ArbFor<bool>(),
            (reports, asText, english) =>
            {
                var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-sarif-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(folder);
                try
                {
                    for (var i = 0; i < reports.Length; i++)
                    {
                        if (asText)
                        {
                            File.WriteAllText(Path.Combine(folder, $"report-{i}.txt"), PublishedText.Export(reports[i]));
                        }
                        else
                        {
                            File.WriteAllText(Path.Combine(folder, $"report-{i}.json"), ReportJson.Write(reports[i]));
                        }
                    }

                    var run = CliRun.InProcess("validate", folder, "--format", "sarif", "--lang", english ? "en" : "zh");
                    AssertValid(run.Stdout);

                    var json = CliRun.InProcess("validate", folder, "--format", "json");
                    var lines = json.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
                    var findings = lines.Sum(line => line.GetProperty("findings").GetArrayLength());
                    Assert.Equal(lines.All(line => line.GetProperty("valid").GetBoolean()) ? 0 : 1, run.ExitCode);
                    using var sarif = JsonDocument.Parse(run.Stdout);
                    var sarifRun = sarif.RootElement.GetProperty("runs")[0];
                    Assert.Equal(findings, sarifRun.GetProperty("results").GetArrayLength());
                    Assert.Equal(reports.Length, sarifRun.GetProperty("artifacts").GetArrayLength());
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));

    [Fact]
    public void Every_rule_has_a_help_uri_to_its_anchor_in_the_rule_catalogue()
    {
        var run = CliRun.InProcess("validate", CliRun.SeedJson, "--format", "sarif");
        using var sarif = JsonDocument.Parse(run.Stdout);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var catalogue = File.ReadAllText(RepositoryFiles.PathOf("docs", "rules.md"));
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in RuleCatalog.All)
        {
            var uri = rules.Single(r => r.GetProperty("id").GetString() == rule.Id).GetProperty("helpUri").GetString()!;
            Assert.Equal($"https://github.com/govdisclosure/GovDisclosure.Rules/blob/main/docs/rules.md#{rule.Id.ToLowerInvariant()}", uri);
            Assert.Equal(SarifLog.HelpUri(rule.Id), uri);
            var anchor = uri[(uri.IndexOf('#', StringComparison.Ordinal) + 1)..];
            Assert.Contains($"<a id=\"{anchor}\"></a>**{rule.Id}**", catalogue, StringComparison.Ordinal);
        }
    }

    private static void AssertValid(string sarif)
    {
        var results = Evaluate(sarif);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }
}
