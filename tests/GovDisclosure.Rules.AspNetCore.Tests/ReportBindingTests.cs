using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>A host endpoint taking an AnnualReport body, with WithReportValidation: located findings instead of a bare 400.</summary>
public sealed class ReportBindingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public ReportBindingTests(PortalFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_consistent_report_reaches_the_handler()
    {
        var report = ReportJson.Read(Seed.Json2021).Report!;
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports", Upload.Body(Seed.Json2021, "application/json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(report.Year, body.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(report.Agency.Name, body.RootElement.GetProperty("agency").GetString());
    }

    [Theory]
    [InlineData(null, MessageLanguage.Chinese)]
    [InlineData("en", MessageLanguage.English)]
    public async Task A_report_that_does_not_bind_gets_422_with_every_finding_of_reading(string? acceptLanguage, MessageLanguage language)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\n  \"formatVersion\": \"2021\",\n  \"year\": \"twenty\"\n}");
        var expected = new ReportValidator().Validate(ReportJson.Read(bytes, new JsonReadOptions { Language = language }));
        Assert.False(expected.Valid);
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports", Upload.Body(bytes, "application/json"), acceptLanguage));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(ReportResults.ProblemJson(expected, language), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    public async Task The_findings_of_a_malformed_body_say_the_line_and_column_where_it_went_wrong(string? acceptLanguage)
    {
        // A wrong type on line 3 (its value starts at column 11) and a body cut short after line 4.
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\n  \"formatVersion\": \"2021\",\n  \"year\": \"twenty\",\n  \"agency\": ");
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports", Upload.Body(bytes, "application/json"), acceptLanguage));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var located = problem.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Path: f.GetProperty("path").GetString(), Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32()))
            .ToList();
        Assert.Equal([("GDJ002", "/year", 3, 11), ("GDJ001", "/agency", 4, 13)], located);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task In_every_environment_a_failed_binding_is_answered_with_the_findings(string environment)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"formatVersion\": \"2021\", \"year\": 2021,");
        var expected = new ReportValidator().Validate(ReportJson.Read(bytes));
        using var host = factory.WithWebHostBuilder(b => Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(b, environment));
        using var client = host.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports", Upload.Body(bytes, "application/json")));

        await ValidationEndpointTests.AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Fact]
    public async Task A_bound_report_with_a_broken_sum_gets_422_and_never_reaches_the_handler()
    {
        var bytes = Seed.Json2021WithFigure("/applications/received/total", 9);
        var expected = new ReportValidator().Validate(ReportJson.Read(bytes).Report!);
        Assert.False(expected.Valid);
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports", Upload.Body(bytes, "application/json")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(ReportResults.ProblemJson(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void A_missing_builder_is_a_bad_call() =>
        Assert.Throws<System.ArgumentNullException>(() => ReportBinding.WithReportValidation<Microsoft.AspNetCore.Builder.RouteHandlerBuilder>(null!));
}
