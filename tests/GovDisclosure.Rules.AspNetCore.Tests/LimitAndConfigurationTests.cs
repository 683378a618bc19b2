using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The options bound from configuration: the size limit (413) and the rules switched off or re-rated.</summary>
public sealed class LimitAndConfigurationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_configured_limit_gets_413(bool asForm)
    {
        var bytes = Seed.Json2021;
        using var factory = PortalFactory.With(new Dictionary<string, string?> { ["GovDisclosureRules:MaxRequestBytes"] = (bytes.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/validate", asForm ? Upload.Form("r.json", bytes) : Upload.Body(bytes, "application/json")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        var bytes = Seed.Json2021;
        using var factory = PortalFactory.With(new Dictionary<string, string?> { ["GovDisclosureRules:MaxRequestBytes"] = bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rules_switched_off_and_re_rated_in_configuration_are_applied()
    {
        var bytes = Seed.Json2021WithFigure("/applications/received/total", 9);
        var broken = new ReportValidator().Validate(ReportJson.Read(bytes));
        var settings = new Dictionary<string, string?>();
        var i = 0;
        foreach (var finding in broken.Findings)
        {
            if (finding.Severity == Severity.Error)
            {
                settings[$"GovDisclosureRules:SeverityOverrides:{finding.RuleId}"] = "Warning";
                settings[$"GovDisclosureRules:DisabledRules:{i++}"] = "GD999";
            }
        }

        using var factory = PortalFactory.With(settings);
        using var client = factory.CreateClient();
        var options = factory.Services.GetRequiredService<IOptions<GovDisclosureRulesOptions>>().Value;
        var expected = new ReportValidator(new ValidationOptions { SeverityOverrides = new Dictionary<string, Severity>(options.SeverityOverrides) }).Validate(ReportJson.Read(bytes));
        Assert.True(expected.Valid);
        Assert.Contains("GD999", options.DisabledRules);

        var response = await client.SendAsync(Upload.Post("/reports/validate", Upload.Body(bytes, "application/json")));

        await ValidationEndpointTests.AssertAnswers(expected, MessageLanguage.Chinese, response);
    }

    [Fact]
    public void The_configure_callback_adjusts_what_configuration_gave()
    {
        var services = new ServiceCollection().AddGovDisclosureRules(o => o.MaxRequestBytes = 123);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Equal(123, provider.GetRequiredService<IOptions<GovDisclosureRulesOptions>>().Value.MaxRequestBytes);
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused()
    {
        var services = new ServiceCollection().AddGovDisclosureRules(o => o.MaxRequestBytes = 0);
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GovDisclosureRulesOptions>>().Value);
    }
}
