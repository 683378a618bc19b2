using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

public class ValidationResultSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "validation-result.schema.json")));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    [Fact]
    public void The_schema_is_draft_2020_12()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "validation-result.schema.json")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Real_results_valid_and_invalid_conform_to_the_schema()
    {
        var results = new[]
        {
            Validate.Chinese.Validate(JsonDocuments.ExampleReport),
            Validate.Chinese.Validate(ValidationResultTests.Broken),
            Validate.English.Validate(ValidationResultTests.Broken),
            new ValidationResult([new Finding("GDJ001", Severity.Error, "JSON 格式不正确", "", line: 1, column: 2)]),
        };
        Assert.Contains(results, r => r.Valid);
        Assert.Contains(results, r => !r.Valid && r.Findings.Count > 5);
        foreach (var result in results)
        {
            var evaluation = Evaluate(result.ToJson());
            Assert.True(evaluation.IsValid, result.ToJson(indented: true));
        }
    }

    [Theory]
    [InlineData("{\"valid\":true,\"errors\":0,\"warnings\":0,\"infos\":0}")]
    [InlineData("{\"valid\":true,\"errors\":0,\"warnings\":0,\"infos\":0,\"findings\":[],\"extra\":1}")]
    [InlineData("{\"valid\":true,\"errors\":-1,\"warnings\":0,\"infos\":0,\"findings\":[]}")]
    [InlineData("{\"valid\":false,\"errors\":1,\"warnings\":0,\"infos\":0,\"findings\":[{\"ruleId\":\"GD001\",\"severity\":\"fatal\",\"message\":\"m\",\"path\":\"/year\",\"related\":[]}]}")]
    [InlineData("{\"valid\":false,\"errors\":1,\"warnings\":0,\"infos\":0,\"findings\":[{\"ruleId\":\"GD001\",\"severity\":\"error\",\"message\":\"m\",\"path\":\"year\",\"related\":[]}]}")]
    [InlineData("{\"valid\":false,\"errors\":1,\"warnings\":0,\"infos\":0,\"findings\":[{\"severity\":\"error\",\"message\":\"m\",\"path\":\"/year\",\"related\":[]}]}")]
    [InlineData("{\"valid\":false,\"errors\":1,\"warnings\":0,\"infos\":0,\"findings\":[{\"ruleId\":\"GD001\",\"severity\":\"error\",\"message\":\"m\",\"path\":\"/year\",\"related\":[],\"line\":0}]}")]
    public void The_schema_rejects_what_the_contract_does_not_allow(string json) =>
        Assert.False(Evaluate(json).IsValid);

    [Fact]
    public void The_command_lines_file_member_is_allowed() =>
        Assert.True(Evaluate("{\"file\":\"a.json\",\"valid\":true,\"errors\":0,\"warnings\":0,\"infos\":0,\"findings\":[]}").IsValid);

    [Fact]
    public void Every_rule_ID_of_the_catalogue_is_a_valid_ruleId() =>
        Assert.All(RuleCatalog.All.Select(r => r.Id), id => Assert.True(Evaluate(new ValidationResult([new Finding(id, Severity.Info, "m", "/year")]).ToJson()).IsValid));
}
