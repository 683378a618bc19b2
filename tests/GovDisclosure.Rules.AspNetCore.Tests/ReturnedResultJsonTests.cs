using System.Net.Http;
using System.Threading.Tasks;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>A host's own endpoint that returns a result writes the schema's JSON, once AddGovDisclosureRules is called.</summary>
public class ReturnedResultJsonTests
{
    private static async Task<(WebApplication App, HttpClient Client)> Host(ValidationResult result, ReportDiff diff)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGovDisclosureRules();
        var app = builder.Build();
        app.MapGet("/result", () => result);
        app.MapGet("/finding", () => result.Findings[0]);
        app.MapGet("/diff", () => diff);
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    [Fact]
    public async Task Returned_results_are_the_hand_written_JSON_byte_for_byte()
    {
        var current = PublishedText.Import(Seed.Text2022).Report!;
        var previous = ReportJson.Read(Seed.Json2021WithFigure("/applications/received/naturalPersons", 999)).Report!;
        var result = new ReportValidator().Validate(current, previous);
        var diff = ReportComparer.Compare(previous, current);
        Assert.NotEmpty(result.Findings);

        var (app, client) = await Host(result, diff);
        await using (app)
        {
            Assert.Equal(result.ToJson(), await client.GetStringAsync("/result"));
            Assert.Equal(ReportDiffJson.ToJson(diff, indented: false), await client.GetStringAsync("/diff"));
            var finding = await client.GetStringAsync("/finding");
            Assert.StartsWith("{\"ruleId\":\"" + result.Findings[0].RuleId + "\"", finding);
            Assert.Contains(finding, result.ToJson());
        }
    }
}
