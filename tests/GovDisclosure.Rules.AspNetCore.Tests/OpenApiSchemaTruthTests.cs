using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>
/// The schemas as the OpenAPI document carries them still say what the endpoints write: real answers are valid against
/// the components, and a wrong one is not (so that no component became <c>{}</c> on the way).
/// </summary>
public sealed class OpenApiSchemaTruthTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public OpenApiSchemaTruthTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_report_component_accepts_the_seed_and_refuses_a_year_written_as_text()
    {
        var schema = await Component("GovDisclosureReport");

        Assert.True(Evaluate(schema, JsonNode.Parse(Seed.Json2021)!));
        var wrong = JsonNode.Parse(Seed.Json2021)!;
        wrong["year"] = "2021";
        Assert.False(Evaluate(schema, wrong));
    }

    [Fact]
    public async Task The_validation_endpoints_200_and_422_match_their_components()
    {
        using var client = factory.CreateClient();
        var valid = await client.SendAsync(Upload.Post("/reports/validate", Upload.Body(Seed.Json2021, "application/json")));
        var broken = await client.SendAsync(Upload.Post("/reports/validate", Upload.Body(Seed.Json2021WithFigure("/applications/received/total", 9), "application/json")));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);

        Assert.True(Evaluate(await Component("GovDisclosureValidationResult"), await Body(valid)));
        var problem = await Component("GovDisclosureProblem");
        var answered = await Body(broken);
        Assert.True(Evaluate(problem, answered));
        answered["status"] = 400;
        Assert.False(Evaluate(problem, answered));
    }

    [Fact]
    public async Task The_diff_endpoints_200_and_two_file_422_match_their_components()
    {
        var unreadable = System.Text.Encoding.UTF8.GetBytes("{\"year\": \"x\"}");
        using var client = factory.CreateClient();
        var diff = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.txt", Seed.Text2022, "2021.json", Seed.Json2021)));
        var broken = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.json", unreadable, "2021.json", unreadable)));
        Assert.Equal(HttpStatusCode.OK, diff.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);

        Assert.True(Evaluate(await Component("GovDisclosureReportDiff"), await Body(diff)));
        var problem = await Component("GovDisclosureProblem");
        var answered = await Body(broken);
        Assert.True(Evaluate(problem, answered));
        answered["findings"]![0]!["file"] = "attachment";
        Assert.False(Evaluate(problem, answered));
    }

    /// <summary>One component as a JSON Schema: the document's components as its $defs, the references pointing there.</summary>
    private async Task<JsonSchema> Component(string id)
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var definitions = document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", System.StringComparison.Ordinal);
        var text = "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"#/$defs/" + id + "\",\"$defs\":" + definitions + "}";
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    private static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static bool Evaluate(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }
}
