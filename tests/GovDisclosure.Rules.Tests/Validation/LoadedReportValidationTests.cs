using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Tests.Text;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// <see cref="ReportValidator.Validate(LoadResult, AnnualReport?)"/>: from what was read to every located finding in one call.
/// </summary>
public class LoadedReportValidationTests
{
    private static readonly ReportValidator Validator = new(new ValidationOptions { Today = new DateTime(2030, 1, 1) });

    [Fact]
    public void A_finding_of_validation_is_located_in_the_JSON_it_came_from()
    {
        // The natural-person total of new applications, one more than its row sums to: GD201 on that cell.
        var document = JsonDocuments.Change("\"received\": {\n      \"naturalPersons\": 11", "\"received\": {\n      \"naturalPersons\": 12");
        var loaded = ReportJson.Read(document);

        var result = Validator.Validate(loaded);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "GD201");
        Assert.Equal("/applications/received/total", finding.Path);
        var received = document.Substring(document.IndexOf("\"received\"", StringComparison.Ordinal));
        var total = received.Substring(0, received.IndexOf("\"total\"", StringComparison.Ordinal) + 7);
        Assert.Equal(JsonDocuments.Where(document, total, total.Length - "\"total\"".Length), (finding.Line!.Value, finding.Column!.Value));
        Assert.False(result.Valid);
    }

    [Fact]
    public void The_findings_of_loading_and_of_validation_come_back_together_in_document_order()
    {
        // An imported text with a blank cell (GDT003, a warning of the import) whose 0 breaks its row's total (GD201).
        var text = SeedText.Text;
        var loaded = PublishedText.Import(BlankFirstFigureOfRow(text, "一、本年新收政府信息公开申请数量"));
        Assert.NotNull(loaded.Report);
        Assert.Contains(loaded.Findings, f => f.RuleId == "GDT003");

        var result = Validator.Validate(loaded);

        var expected = new ValidationResult(loaded.Findings.Concat(Validator.Validate(loaded.Report!).Findings.Select(loaded.SourceMap!.Locate))).Findings;
        Assert.Equal(expected, result.Findings);
        Assert.Contains(result.Findings, f => f.RuleId == "GDT003");
        Assert.Contains(result.Findings, f => f.RuleId == "GD201");
        Assert.All(result.Findings, f => Assert.NotNull(f.Place));
    }

    [Fact]
    public void A_document_that_could_not_be_read_gives_its_own_findings_only()
    {
        var loaded = ReportJson.Read("{\"formatVersion\": \"2021\",");

        var result = Validator.Validate(loaded, JsonDocuments.ExampleReport);

        Assert.Equal(loaded.Findings, result.Findings);
        Assert.All(result.Findings, f => Assert.StartsWith("GDJ", f.RuleId, StringComparison.Ordinal));
        Assert.False(result.Valid);
    }

    [Fact]
    public void Last_years_report_brings_the_year_over_year_rules_in()
    {
        var lastYear = JsonDocuments.ExampleReport with { Year = 2021, Agency = JsonDocuments.ExampleReport.Agency with { Name = "另一个机关" } };

        var result = Validator.Validate(ReportJson.Read(JsonDocuments.Example), lastYear);

        var renamed = Assert.Single(result.Findings, f => f.RuleId == "GD502");
        Assert.Equal(JsonDocuments.Where(JsonDocuments.Example, "\"name\""), (renamed.Line!.Value, renamed.Column!.Value));
        Assert.DoesNotContain(Validator.Validate(ReportJson.Read(JsonDocuments.Example)).Findings, f => f.RuleId.StartsWith("GD5", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_report_gives_the_shared_empty_result()
    {
        var consistent = Gen.Sample(ReportGenerators.ConsistentReport(2021, 2029), 1)[0];

        Assert.Same(ValidationResult.Empty, Validator.Validate(ReportJson.Read(ReportJson.WriteUtf8(consistent))));
    }

    [Fact]
    public void A_missing_load_result_is_a_bad_call() =>
        Assert.Throws<ArgumentNullException>(() => Validator.Validate((LoadResult)null!));

    [Fact]
    public void Reading_and_validating_in_one_call_is_validating_the_report_then_locating_every_finding() =>
        Prop.ForAll(Gen.Elements(ReportGenerators.BreakableRules.ToArray()).SelectMany(ReportGenerators.BrokenReport).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (report, indented) =>
        {
            var loaded = ReportJson.Read(ReportJson.WriteUtf8(report, new JsonWriteOptions { Indented = indented }));

            var result = Validator.Validate(loaded);

            var direct = Validator.Validate(report).Findings;
            Assert.Equal(direct.Select(f => (f.RuleId, f.Severity, f.Path, f.Message)), result.Findings.Select(f => (f.RuleId, f.Severity, f.Path, f.Message)));
            Assert.All(result.Findings, f => Assert.True(f.Line >= 1 && f.Column >= 1, f.ToString()));
            Assert.Equal(result.Findings.Select(f => loaded.SourceMap!.PlaceOf(f.Path)), result.Findings.Select(f => f.Place));
        }).QuickCheckThrowOnFailure();

    /// <summary>The text with the first figure of the row that starts with <paramref name="label"/> replaced by a blank.</summary>
    private static string BlankFirstFigureOfRow(string text, string label)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        Assert.True(index >= 0, label);
        var cells = lines[index].Split('\t');
        var first = Array.FindIndex(cells, c => c.Trim().Length > 0 && c.Trim().All(char.IsDigit));
        Assert.True(first >= 0, lines[index]);
        cells[first] = "—";
        lines[index] = string.Join("\t", cells);
        return string.Join("\n", lines);
    }
}
