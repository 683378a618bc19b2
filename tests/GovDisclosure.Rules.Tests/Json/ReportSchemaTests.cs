using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Json.Schema;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// The committed schema is what <see cref="ReportSchema.Generate"/> makes. To approve a change to the form, run the tests
/// with UPDATE_SCHEMA=1 and commit schema/gov-disclosure-report-2021.schema.json.
/// </summary>
public class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(ReportSchema.Generate(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        var file = RepositoryFiles.PathOf("schema", "gov-disclosure-report-2021.schema.json");
        var generated = ReportSchema.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(file, generated);
        }

        var committed = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : "";
        Assert.True(committed == generated, $"{file} differs from ReportSchema.Generate(). Review the change, then run the tests with UPDATE_SCHEMA=1 and commit the file.");

        // Generate() writes the text once per process; written afresh it must be the same (and mutation testing sees it).
        Assert.True(committed == ReportSchema.Build(), $"{file} differs from the schema written afresh.");
    }

    [Fact]
    public void The_schema_is_draft_2020_12_with_its_id()
    {
        using var schema = JsonDocument.Parse(ReportSchema.Generate());

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(ReportSchema.Id, schema.RootElement.GetProperty("$id").GetString());
        Assert.Equal("https://govdisclosure.rules/schema/gov-disclosure-report-2021.schema.json", ReportSchema.Id);
    }

    [Fact]
    public void Every_member_has_a_Chinese_title_and_every_object_but_extensions_is_closed()
    {
        using var schema = JsonDocument.Parse(ReportSchema.Generate());
        var titles = new List<string>();
        var objects = 0;
        Walk(schema.RootElement, "");

        void Walk(JsonElement node, string path)
        {
            if (node.TryGetProperty("properties", out var properties))
            {
                objects++;
                Assert.False(node.GetProperty("additionalProperties").GetBoolean(), path);
                foreach (var member in properties.EnumerateObject())
                {
                    var title = member.Value.GetProperty("title").GetString()!;
                    Assert.Contains(title, t => t > '\u2E80');
                    titles.Add(title);
                    Walk(member.Value, path + "/" + member.Name);
                }
            }

            if (node.TryGetProperty("$defs", out var definitions))
            {
                foreach (var definition in definitions.EnumerateObject())
                {
                    Walk(definition.Value, "#/$defs/" + definition.Name);
                }
            }
        }

        var extensions = schema.RootElement.GetProperty("properties").GetProperty("extensions");
        Assert.False(extensions.TryGetProperty("additionalProperties", out _));
        Assert.Contains("三、收到和处理政府信息公开申请情况", titles);
        Assert.Contains("（三）不予公开", titles);
        Assert.Contains("1.属于国家秘密", titles);
        Assert.Contains("法人或其他组织 · 商业企业", titles);
        Assert.Contains("一、总体情况 › （一）主动公开情况", titles);

        // root, agency, overview, the three tables, outcomes and its four groups, and the five kinds of row.
        Assert.Equal(1 + 2 + 3 + 1 + 4 + 5, objects);
    }

    [Fact]
    public void The_schema_accepts_the_example()
    {
        Assert.True(Evaluate(Example).IsValid);
    }

    [Theory]
    [InlineData("\"issued\": 4,", "\"issued\": -4,")]
    [InlineData("\"issued\": 4,", "\"issued\": 9007199254740992,")]
    [InlineData("\"issued\": 4,", "")]
    [InlineData("\"issued\": 4,", "\"issued\": 4, \"drafted\": 1,")]
    [InlineData("\"year\": 2022,", "\"year\": 2022, \"month\": 12,")]
    [InlineData("\"issued\": 4,", "\"issued\": 3.5,")]
    [InlineData("\"issued\": 4,", "\"issued\": \"4\",")]
    [InlineData("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": \"0\"")]
    [InlineData("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": -0.5")]
    [InlineData("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"")]
    [InlineData("\"formatVersion\": \"2021\"", "\"formatVersion\": 2021")]
    [InlineData("\"name\": \"哈尔滨市科学技术局\",", "")]
    [InlineData("\"phone\": \"0451-82363412\",", "\"phone\": null,")]
    [InlineData("\"year\": 2022,", "\"year\": 2022.5,")]
    [InlineData("\"otherMatters\": ", "\"extensions\": [], \"otherMatters\": ")]
    public void The_schema_rejects_what_the_reader_rejects(string old, string replacement)
    {
        var document = Change(old, replacement);

        Assert.False(Evaluate(document).IsValid);
        Assert.True(ReportJson.Read(document).HasErrors);
    }

    [Theory]
    [InlineData("\"issued\": -0,")]
    [InlineData("\"issued\": 9007199254740991,")]
    public void The_schema_accepts_what_the_reader_accepts(string replacement)
    {
        var document = Change("\"issued\": 4,", replacement);

        Assert.True(Evaluate(document).IsValid);
        Assert.NotNull(ReportJson.Read(document).Report);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("1e2")]
    public void The_one_known_difference_a_count_spelled_with_a_fraction_or_exponent(string written)
    {
        // JSON Schema's "integer" is any number with a zero fraction, and no keyword sees how a number is spelled:
        // the schema accepts 3.0 and 1e2 where the reader requires a count written as an integer (GDJ002).
        var document = Change("\"issued\": 4,", "\"issued\": " + written + ",");

        Assert.True(Evaluate(document).IsValid);
        Assert.Equal("GDJ002", Single(ReportJson.Read(document), "GDJ002").RuleId);
    }

    /// <summary>Evaluates a document against the generated schema.</summary>
    internal static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag });
    }
}
