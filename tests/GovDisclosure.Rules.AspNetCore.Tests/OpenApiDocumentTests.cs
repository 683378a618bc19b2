using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The example portal's OpenAPI document: the package's schemas as components, referenced by the endpoints.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<PortalFactory>
{
    private const string Components = "#/components/schemas/";
    private readonly PortalFactory factory;

    public OpenApiDocumentTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_report_schema_is_a_component_with_its_format_version_and_required_members()
    {
        var document = await Document();

        var report = Component(document, "GovDisclosureReport");
        var expected = JsonNode.Parse(ReportSchemas.Report)!;
        Assert.Equal("2021", Assert.Single(report["properties"]!["formatVersion"]!["enum"]!.AsArray())!.GetValue<string>());
        Assert.Equal(
            expected["required"]!.AsArray().Select(r => r!.GetValue<string>()),
            report["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(
            expected["properties"]!.AsObject().Select(p => p.Key),
            report["properties"]!.AsObject().Select(p => p.Key));

        // Every reference in the document resolves to a component.
        var components = document["components"]!["schemas"]!.AsObject();
        Assert.All(References(document), target => Assert.True(components.ContainsKey(target[Components.Length..]), target));
        Assert.DoesNotContain(References(document), target => target.StartsWith("#/$defs/", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/reports/validate", "GovDisclosureValidationResult")]
    [InlineData("/reports/diff", "GovDisclosureReportDiff")]
    public async Task The_endpoints_take_the_report_and_answer_with_the_result_or_the_problem(string path, string result)
    {
        var document = await Document();
        var operation = document["paths"]![path]!["post"]!;

        var form = operation["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        Assert.Contains(Components + "GovDisclosureReport", References(form["properties"]!["report"]!));
        Assert.Contains("report", form["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(Components + result, Ref(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!));
        Assert.Equal(Components + "GovDisclosureProblem", Ref(operation["responses"]!["422"]!["content"]!["application/problem+json"]!["schema"]!));
        Assert.NotNull(operation["responses"]!["415"]);
        Assert.NotNull(operation["responses"]!["413"]);
    }

    [Fact]
    public async Task The_validation_endpoint_takes_a_json_body_of_the_report_schema()
    {
        var document = await Document();

        var content = document["paths"]!["/reports/validate"]!["post"]!["requestBody"]!["content"]!;

        Assert.Equal(Components + "GovDisclosureReport", Ref(content["application/json"]!["schema"]!));
        Assert.Equal("string", content["text/plain"]!["schema"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_host_endpoint_binding_a_report_is_described_with_the_report_schema_not_an_empty_one()
    {
        var document = await Document();

        var operation = document["paths"]!["/reports"]!["post"]!;

        Assert.Equal(Components + "GovDisclosureReport", Ref(operation["requestBody"]!["content"]!["application/json"]!["schema"]!));
        Assert.Equal(Components + "GovDisclosureProblem", Ref(operation["responses"]!["422"]!["content"]!["application/problem+json"]!["schema"]!));

        // The framework's own component for the type, were anything else to use it, is the report schema too.
        if (document["components"]!["schemas"]!["AnnualReport"] is { } inferred)
        {
            Assert.Equal(Components + "GovDisclosureReport", Ref(inferred));
        }
    }

    [Fact]
    public async Task Numbers_in_the_schemas_stay_numbers()
    {
        var document = await Document();

        // report-diff.schema.json has a const 0; the OpenAPI library would write a const as the string "0".
        var text = document["components"]!.ToJsonString();
        Assert.DoesNotContain("\"const\"", text, System.StringComparison.Ordinal);
        Assert.Contains("\"enum\":[0]", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_problem_schema_describes_the_problem_details_the_endpoints_write()
    {
        var document = await Document();

        var problem = Component(document, "GovDisclosureProblem");
        var finding = Component(document, Ref(problem["properties"]!["findings"]!["items"]!)[Components.Length..]);
        var resultFinding = JsonNode.Parse(ReportSchemas.ValidationResult)!["$defs"]!["finding"]!;

        Assert.Equal(
            new[] { "type", "title", "status", "detail", "errors", "findings" },
            problem["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(422, Assert.Single(problem["properties"]!["status"]!["enum"]!.AsArray())!.GetValue<int>());
        Assert.Equal(ReportResults.ProblemType, Assert.Single(problem["properties"]!["type"]!["enum"]!.AsArray())!.GetValue<string>());

        // The validation result's finding, and the file a finding of a two-file form is in.
        Assert.Equal(
            resultFinding["properties"]!.AsObject().Select(p => p.Key).Append("file"),
            finding["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(new[] { "report", "previous" }, finding["properties"]!["file"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private async Task<JsonNode> Document()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode Component(JsonNode document, string id) =>
        document["components"]?["schemas"]?[id] ?? throw new Xunit.Sdk.XunitException("no component " + id);

    private static string Ref(JsonNode schema) => schema["$ref"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException("not a reference: " + schema.ToJsonString());

    private static List<string> References(JsonNode? node)
    {
        var found = new List<string>();
        void Walk(JsonNode? at)
        {
            switch (at)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        if (name == "$ref" && child is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                        {
                            found.Add(v.GetValue<string>());
                        }
                        else
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(node);
        return found;
    }
}
