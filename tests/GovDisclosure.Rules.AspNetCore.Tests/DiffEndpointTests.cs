using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The diff endpoint: this year's report against last year's.</summary>
public sealed class DiffEndpointTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public DiffEndpointTests(PortalFactory factory) => this.factory = factory;

    [Theory]
    [InlineData(null, MessageLanguage.Chinese)]
    [InlineData("en", MessageLanguage.English)]
    public async Task Two_readable_reports_get_200_with_exactly_their_diff(string? acceptLanguage, MessageLanguage language)
    {
        var previous = ReportJson.Read(Seed.Json2021).Report!;
        var current = PublishedText.Import(Seed.Text2022).Report!;
        var expected = ReportDiffJson.ToJson(ReportComparer.Compare(previous, current, new DiffOptions { Language = language }), indented: false);
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.txt", Seed.Text2022, "2021.json", Seed.Json2021), acceptLanguage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_without_last_years_report_gets_400()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.txt", Seed.Text2022)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null, MessageLanguage.Chinese, true, false)]
    [InlineData(null, MessageLanguage.Chinese, false, true)]
    [InlineData(null, MessageLanguage.Chinese, true, true)]
    [InlineData("en", MessageLanguage.English, true, false)]
    [InlineData("en", MessageLanguage.English, false, true)]
    [InlineData("en", MessageLanguage.English, true, true)]
    public async Task Each_finding_of_an_unreadable_file_says_which_file_it_is_in(string? acceptLanguage, MessageLanguage language, bool reportBroken, bool previousBroken)
    {
        var broken = System.Text.Encoding.UTF8.GetBytes("{\"formatVersion\": \"2021\",\n \"year\": \"x\"}");
        var validator = new ReportValidator(new ValidationOptions { Language = language });
        var expected = validator.Validate(ReportJson.Read(broken, new JsonReadOptions { Language = language }));
        Assert.False(expected.Valid);
        var expectedFiles = (reportBroken ? new[] { "report" } : []).Concat(previousBroken ? new[] { "previous" } : []).ToArray();
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post(
            "/reports/diff",
            Upload.Form("2022.json", reportBroken ? broken : Seed.Json2021, "2021.json", previousBroken ? broken : Seed.Json2021),
            acceptLanguage));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = problem.RootElement.GetProperty("findings").EnumerateArray().ToArray();

        // Every finding of each broken file, in its own words, marked with its file; nothing from a readable one.
        Assert.Equal(
            expectedFiles.SelectMany(file => expected.Findings.Select(f => (file, f.RuleId, f.Path, f.Message, f.Line))),
            findings.Select(f => (
                f.GetProperty("file").GetString()!,
                f.GetProperty("ruleId").GetString()!,
                f.GetProperty("path").GetString()!,
                f.GetProperty("message").GetString()!,
                (int?)f.GetProperty("line").GetInt32())));
        Assert.Equal(
            expectedFiles.SelectMany(file => expected.Findings.Where(f => f.Severity == Severity.Error).Select(f => "/" + file + f.Path).Distinct()),
            problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(expectedFiles.Length * expected.Errors, problem.RootElement.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength()));
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_cannot_carry_two_reports()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/diff", Upload.Body(Seed.Json2021, "application/json")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_file_it_cannot_read_gets_415()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.pdf", Seed.Text2022, "2021.json", Seed.Json2021)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
