using System.Collections.Generic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The example portal in memory, its configuration overridable per test.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public PortalFactory() => settings = [];

    /// <summary>A portal with these configuration settings on top of its own.</summary>
    public static PortalFactory With(Dictionary<string, string?> settings)
    {
        var factory = new PortalFactory();
        foreach (var setting in settings)
        {
            factory.settings[setting.Key] = setting.Value;
        }

        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
}
