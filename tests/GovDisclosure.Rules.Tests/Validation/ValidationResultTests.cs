using System;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

public class ValidationResultTests
{
    /// <summary>A report that breaks rules all over the document.</summary>
    internal static readonly AnnualReport Broken = (JsonDocuments.ExampleReport with { Year = 2020, OtherMatters = " " })
        .With("/reviewsAndLitigation/administrativeReview/upheld", 1)
        .With("/applications/outcomes/total/naturalPersons", 10)
        .With("/proactiveDisclosure/fees/amountTenThousandYuan", 0.00001m)
        .WithSummary("");

    [Fact]
    public void Findings_are_ordered_by_document_position_then_rule_ID()
    {
        var findings = Validate.Chinese.Validate(Broken).Findings;
        Assert.Equal(
        [
            ("/year", "GD001"),
            ("/overview/summary", "GD003"),
            ("/proactiveDisclosure/fees/amountTenThousandYuan", "GD102"),
            ("/applications/outcomes/total/naturalPersons", "GD202"),
            ("/applications/outcomes/total/naturalPersons", "GD601"),
            ("/applications/outcomes/total/total", "GD201"),
            ("/applications/carriedForward/naturalPersons", "GD203"),
            ("/reviewsAndLitigation/administrativeReview/upheld", "GD601"),
            ("/reviewsAndLitigation/administrativeReview/total", "GD301"),
            ("/reviewsAndLitigation/administrativeReview/total", "GD601"),
            ("/otherMatters", "GD003"),
        ], findings.Select(f => (f.Path, f.RuleId)));
    }

    [Fact]
    public void Cells_are_ordered_by_their_index_in_the_form_and_texts_by_their_section()
    {
        var cells = ReportForm.Cells.Reverse().Select(c => new Finding("X", Severity.Info, "m", c.Pointer));
        var texts = ReportForm.Texts.Reverse().Select(t => new Finding("X", Severity.Info, "m", t.Pointer));
        var ordered = new ValidationResult(cells.Concat(texts)).Findings.Select(f => f.Path).ToList();
        Assert.Equal(ReportForm.Cells.Select(c => c.Pointer), ordered.Where(p => ReportForm.FindCell(p) is not null));
        Assert.True(ordered.IndexOf("/overview/oversight") < ordered.IndexOf(ReportForm.Cells[0].Pointer));
        Assert.True(ordered.IndexOf(ReportForm.Cells[^1].Pointer) < ordered.IndexOf("/problemsAndImprovements"));
        Assert.Equal(["/agency/name", "/agency/address", "/agency/phone", "/agency/website", "/preamble", "/overview/summary"], ordered.Take(6));
    }

    [Fact]
    public void Pointers_outside_the_form_follow_their_nearest_known_ancestor_and_ties_keep_their_order()
    {
        var given = new[]
        {
            new Finding("B", Severity.Info, "second", "/extensions/host"),
            new Finding("A", Severity.Info, "first", "/elsewhere"),
            new Finding("A", Severity.Info, "row", "/applications/received/total/x"),
            new Finding("A", Severity.Info, "before", "/applications/received/total"),
            new Finding("B", Severity.Info, "tie 1", "/overview"),
            new Finding("B", Severity.Info, "tie 2", "/overview"),
            new Finding("A", Severity.Info, "doc", ""),
        };
        var ordered = new ValidationResult(given).Findings.Select(f => f.Message);
        Assert.Equal(["doc", "tie 1", "tie 2", "before", "row", "second", "first"], ordered);
    }

    [Fact]
    public void Pointers_of_one_rule_in_the_same_place_go_by_their_spelling_and_an_unknown_path_looks_past_unknown_parents()
    {
        var given = new[]
        {
            new Finding("A", Severity.Info, "deep b", "/applications/outcomes/b/x"),
            new Finding("A", Severity.Info, "deep a", "/applications/outcomes/a/x/y"),
            new Finding("A", Severity.Info, "disclosed", "/applications/outcomes/disclosed"),
            new Finding("A", Severity.Info, "outcomes", "/applications/outcomes"),
            new Finding("A", Severity.Info, "zz", "/zz"),
            new Finding("A", Severity.Info, "aa", "/aa"),
        };
        var ordered = new ValidationResult(given).Findings.Select(f => f.Message);
        Assert.Equal(["outcomes", "deep a", "deep b", "disclosed", "aa", "zz"], ordered);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_given()
    {
        var findings = Validate.Chinese.Validate(Broken).Findings;
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(findings, new ValidationResult(findings.OrderBy(_ => random.Next())).Findings);
        }
    }

    [Fact]
    public void Counts_and_validity_follow_the_severities()
    {
        var result = new ValidationResult(
        [
            new Finding("A", Severity.Warning, "m", "/year"), new Finding("B", Severity.Info, "m", "/year"), new Finding("C", Severity.Info, "m", "/year"),
        ]);
        Assert.Equal((0, 1, 2, true), (result.Errors, result.Warnings, result.Infos, result.Valid));
        var broken = Validate.Chinese.Validate(Broken);
        Assert.False(broken.Valid);
        Assert.Equal(broken.Findings.Count(f => f.Severity == Severity.Error), broken.Errors);
        Assert.True(ValidationResult.Empty.Valid);
        Assert.Empty(ValidationResult.Empty.Findings);
    }

    [Fact]
    public void The_JSON_is_that_of_the_output_contract()
    {
        var result = Validate.Chinese.Validate(JsonDocuments.ExampleReport.With("/applications/outcomes/total/naturalPersons", 10).With("/applications/outcomes/total/total", 10));
        var json = result.ToJson();
        Assert.Contains("本年新收（11）+ 上年结转（0）≠ 办理结果总计（10）+ 结转下年度（0）〔自然人〕", json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["valid", "errors", "warnings", "infos", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("valid").GetBoolean());
        Assert.Equal(result.Errors, root.GetProperty("errors").GetInt32());
        var gd203 = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "GD203" && f.GetProperty("path").GetString()!.EndsWith("naturalPersons", StringComparison.Ordinal));
        Assert.Equal(["ruleId", "severity", "message", "path", "related", "expected", "actual"], gd203.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", gd203.GetProperty("severity").GetString());
        Assert.Equal("/applications/carriedForward/naturalPersons", gd203.GetProperty("path").GetString());
        Assert.Equal(
            ["/applications/received/naturalPersons", "/applications/carriedOver/naturalPersons", "/applications/outcomes/total/naturalPersons"],
            gd203.GetProperty("related").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1m, gd203.GetProperty("expected").GetDecimal());
        Assert.Equal(0m, gd203.GetProperty("actual").GetDecimal());
    }

    [Fact]
    public void Members_without_meaning_are_left_out_and_source_positions_written_when_known()
    {
        var json = new ValidationResult([new Finding("GDJ001", Severity.Error, "坏", "", line: 3, column: 14), new Finding("GD003", Severity.Warning, "空", "/otherMatters")]).ToJson();
        Assert.Equal(
            "{\"valid\":false,\"errors\":1,\"warnings\":1,\"infos\":0,\"findings\":[" +
            "{\"ruleId\":\"GDJ001\",\"severity\":\"error\",\"message\":\"坏\",\"path\":\"\",\"related\":[],\"line\":3,\"column\":14}," +
            "{\"ruleId\":\"GD003\",\"severity\":\"warning\",\"message\":\"空\",\"path\":\"/otherMatters\",\"related\":[]}]}",
            json);
        Assert.Equal("{\"valid\":true,\"errors\":0,\"warnings\":0,\"infos\":0,\"findings\":[]}", ValidationResult.Empty.ToJson());
        Assert.Contains("\n  \"valid\": true", ValidationResult.Empty.ToJson(indented: true));
    }

    [Fact]
    public void The_members_can_be_written_into_a_callers_object()
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", "a.json");
            ValidationResult.Empty.WritePropertiesTo(writer);
            writer.WriteEndObject();
        }

        Assert.Equal("{\"file\":\"a.json\",\"valid\":true,\"errors\":0,\"warnings\":0,\"infos\":0,\"findings\":[]}", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationResult(null!));
        Assert.Throws<ArgumentNullException>(() => new ValidationResult([null!]));
        Assert.Throws<ArgumentNullException>(() => ValidationResult.Empty.WriteTo(null!));
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => ValidationResult.Empty.WritePropertiesTo(null!)).ParamName);
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => new ValidationResult(null!)).ParamName);
    }

    [Fact]
    public void A_result_shows_its_counts_for_debugging()
    {
        Assert.Equal("valid: true, errors: 0, warnings: 0, infos: 0", ValidationResult.Empty.ToString());
        var broken = Validate.Chinese.Validate(Broken);
        Assert.Equal($"valid: false, errors: {broken.Errors}, warnings: {broken.Warnings}, infos: {broken.Infos}", broken.ToString());
        Assert.True(broken.Errors > 0);
    }
}
