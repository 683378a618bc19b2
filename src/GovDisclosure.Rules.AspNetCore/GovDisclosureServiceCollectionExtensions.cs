using System;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Json;
using Microsoft.Extensions.DependencyInjection;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// 注册门户后端所需的服务。Registers the services a portal back end needs.
/// </summary>
public static class GovDisclosureServiceCollectionExtensions
{
    /// <summary>
    /// 注册校验器、比对与读取选项：选项由配置节 <see cref="GovDisclosureRulesOptions.SectionName"/> 绑定，再由
    /// <paramref name="configure"/> 调整（通过 IOptions）。日志只记数量、耗时与规则编号，不记报告内容。绑定的 <see cref="AnnualReport"/> 经 <see cref="ReportJsonConverter"/> 读取；端点返回的结果经
    /// <see cref="GovDisclosureJson.Configure"/> 写成 Schema 的 JSON。
    /// Registers the validator and the comparison and reading options: bound from the configuration section
    /// <see cref="GovDisclosureRulesOptions.SectionName"/>, then adjusted by <paramref name="configure"/> (through IOptions).
    /// The log holds counts, timings and rule IDs, never report content. A bound <see cref="AnnualReport"/> is read through
    /// <see cref="ReportJsonConverter"/>; results an endpoint returns are written as the schemas' JSON through
    /// <see cref="GovDisclosureJson.Configure"/>.
    /// </summary>
    /// <param name="services">服务集合。The service collection.</param>
    /// <param name="configure">调整选项（可选）。Adjusts the options (optional).</param>
    /// <returns>同一服务集合。The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> 为 null。<paramref name="services"/> is null.</exception>
    public static IServiceCollection AddGovDisclosureRules(this IServiceCollection services, Action<GovDisclosureRulesOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = services.AddOptions<GovDisclosureRulesOptions>().BindConfiguration(GovDisclosureRulesOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.MaxRequestBytes > 0, "GovDisclosureRules:MaxRequestBytes must be positive.");
        services.AddProblemDetails();

        // A bound AnnualReport is read as strictly as ReportJson reads it.
        // Results returned from any endpoint are written as the schemas' JSON, without reflection.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new ReportJsonConverter());
            GovDisclosureJson.Configure(json.SerializerOptions);
        });
        services.AddSingleton<ReportDesk>();
        return services;
    }
}
