using System.Net;
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

    [Fact]
    public async Task An_unreadable_report_gets_422_with_its_findings()
    {
        var broken = System.Text.Encoding.UTF8.GetBytes("{\"year\": \"x\"}");
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/diff", Upload.Form("2022.json", broken, "2021.json", Seed.Json2021)));

        await ValidationEndpointTests.AssertAnswers(new ReportValidator().Validate(ReportJson.Read(broken)), MessageLanguage.Chinese, response);
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
