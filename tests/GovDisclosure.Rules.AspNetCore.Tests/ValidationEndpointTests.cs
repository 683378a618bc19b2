using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The validation endpoint of the example portal, through every media type, language, limit and status.</summary>
public sealed class ValidationEndpointTests : IClassFixture<PortalFactory>
{
    private const string Broken = "/applications/received/total";
    private readonly PortalFactory factory;

    public ValidationEndpointTests(PortalFactory factory) => this.factory = factory;

    private static ReportValidator Chinese { get; } = new();

    private static ReportValidator English { get; } = new(new ValidationOptions { Language = MessageLanguage.English });

    [Fact]
    public async Task A_consistent_json_report_gets_200_with_exactly_the_validation_result()
    {
        var bytes = Seed.Json2021;
        var expected = Chinese.Validate(ReportJson.Read(bytes));
        Assert.True(expected.Valid, expected.ToString());

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(expected.ToJson(), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_published_seed_text_gets_the_result_of_importing_and_validating_it()
    {
        var expected = Chinese.Validate(PublishedText.Import(Seed.Text2022));

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(Seed.Text2022, "text/plain; charset=utf-8")));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Fact]
    public async Task A_broken_sum_gets_422_problem_details_keyed_by_its_pointer()
    {
        var bytes = Seed.Json2021WithFigure(Broken, 9);
        var expected = Chinese.Validate(ReportJson.Read(bytes));
        Assert.False(expected.Valid);

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(ReportResults.ProblemType, problem.RootElement.GetProperty("type").GetString());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateObject(), e => e.Name == Broken || expected.Findings.Any(f => f.Path == e.Name && f.Related.Contains(Broken)));
        Assert.Equal(
            expected.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Path).Distinct(),
            errors.EnumerateObject().Select(e => e.Name));
        var findings = problem.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(expected.Findings.Select(f => f.RuleId), findings.Select(f => f.GetProperty("ruleId").GetString()));
        Assert.All(findings, f => Assert.True(f.GetProperty("line").GetInt32() >= 1));
    }

    [Fact]
    public async Task Malformed_json_gets_422_with_the_readers_located_finding()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"formatVersion\": \"2021\", \"year\": ");
        var expected = Chinese.Validate(ReportJson.Read(bytes));

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
        Assert.StartsWith("GDJ", expected.Findings[0].RuleId, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", MessageLanguage.English)]
    [InlineData("en-US,en;q=0.9", MessageLanguage.English)]
    [InlineData("zh-CN", MessageLanguage.Chinese)]
    [InlineData("fr-FR", MessageLanguage.Chinese)]
    [InlineData("en;q=0.4, zh;q=0.8", MessageLanguage.Chinese)]
    [InlineData("zh;q=0.3, en;q=0.9", MessageLanguage.English)]
    public async Task Messages_follow_accept_language_with_chinese_by_default(string acceptLanguage, MessageLanguage language)
    {
        var bytes = Seed.Json2021WithFigure(Broken, 9);
        var expected = (language == MessageLanguage.English ? English : Chinese).Validate(ReportJson.Read(bytes, new JsonReadOptions { Language = language }));

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json"), acceptLanguage));

        await AssertAnswers(expected, language, response);
    }

    [Fact]
    public async Task Without_accept_language_the_messages_are_chinese()
    {
        var bytes = Seed.Json2021WithFigure(Broken, 9);

        var response = await Send(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        await AssertAnswers(Chinese.Validate(ReportJson.Read(bytes)), MessageLanguage.Chinese, response);
    }

    [Theory]
    [InlineData("report.json", true)]
    [InlineData("REPORT.JSON", true)]
    [InlineData("report.txt", false)]
    public async Task A_form_file_is_read_by_its_extension(string fileName, bool json)
    {
        var bytes = json ? Seed.Json2021WithFigure(Broken, 9) : Seed.Text2022;
        var expected = Chinese.Validate(json ? ReportJson.Read(bytes) : PublishedText.Import(bytes));

        var response = await Send(Upload.Post("/reports/validate", Upload.Form(fileName, bytes)));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Theory]
    [InlineData("text/html; charset=utf-8", null)]
    [InlineData("multipart/form-data", "report.html")]
    [InlineData("multipart/form-data", "REPORT.HTM")]
    public async Task A_web_page_of_the_report_gets_the_result_of_importing_and_validating_it(string mediaType, string? fileName)
    {
        var seed = PublishedText.Import(Seed.Text2022).Report!;
        var page = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + GovDisclosure.Rules.Documents.PublishedDocument.ExportHtml(seed) + "</body></html>");
        var expected = Chinese.Validate(GovDisclosure.Rules.Documents.PublishedDocument.Import(page));
        Assert.NotNull(GovDisclosure.Rules.Documents.PublishedDocument.Import(page).Report);

        var response = await Send(Upload.Post("/reports/validate", fileName is null ? Upload.Body(page, mediaType) : Upload.Form(fileName, page)));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Fact]
    public async Task A_word_document_in_the_form_gets_the_result_of_importing_and_validating_it()
    {
        var broken = ReportJson.Read(Seed.Json2021).Report!;
        var document = GovDisclosure.Rules.Documents.PublishedDocument.ExportDocx(broken with { Applications = broken.Applications with { Received = broken.Applications.Received with { Total = 9 } } });
        var expected = Chinese.Validate(GovDisclosure.Rules.Documents.PublishedDocument.Import(document));
        Assert.False(expected.Valid);

        var response = await Send(Upload.Post("/reports/validate", Upload.Form("report.docx", document)));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Fact]
    public async Task Last_years_report_in_the_form_brings_the_year_over_year_rules()
    {
        var current = Seed.Text2022;
        var previous = Seed.Json2021;
        var expected = Chinese.Validate(PublishedText.Import(current), ReportJson.Read(previous).Report);

        var response = await Send(Upload.Post("/reports/validate", Upload.Form("2022.txt", current, "2021.json", previous)));

        await AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("image/png")]
    [InlineData("application/octet-stream")]
    public async Task A_media_type_it_cannot_read_gets_415(string mediaType)
    {
        var response = await Send(Upload.Post("/reports/validate", Upload.Body(Seed.Json2021, mediaType)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("report.doc")]
    [InlineData("report")]
    public async Task A_form_file_it_cannot_read_gets_415(string fileName)
    {
        var response = await Send(Upload.Post("/reports/validate", Upload.Form(fileName, Seed.Json2021)));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_form_without_a_file_gets_400()
    {
        var form = new MultipartFormDataContent { { new StringContent("2021"), "year" } };

        var response = await Send(Upload.Post("/reports/validate", form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unreadable_previous_report_gets_422_with_its_findings()
    {
        var previous = System.Text.Encoding.UTF8.GetBytes("[1, 2");
        var expected = Chinese.Validate(ReportJson.Read(previous));

        var response = await Send(Upload.Post("/reports/validate", Upload.Form("2022.txt", Seed.Text2022, "2021.json", previous)));

        // Last year's findings, each saying it is in last year's file (the form field "previous").
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var findings = problem.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(expected.Findings.Select(f => (f.RuleId, f.Message)), findings.Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("message").GetString()!)));
        Assert.All(findings, f => Assert.Equal("previous", f.GetProperty("file").GetString()));
        Assert.Equal(expected.Findings.Where(f => f.Severity == Severity.Error).Select(f => "/previous" + f.Path).Distinct(), problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Only_post_is_mapped()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/reports/validate");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    /// <summary>200 with the result's JSON when valid, else 422 with exactly the problem JSON of the result.</summary>
    internal static async Task AssertAnswers(ValidationResult expected, MessageLanguage language, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (expected.Valid)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.ToJson(), body);
        }
        else
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(ReportResults.ProblemJson(expected, language), body);
        }
    }

    private async Task<HttpResponseMessage> Send(HttpRequestMessage request)
    {
        using var client = factory.CreateClient();
        return await client.SendAsync(request);
    }
}
