using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// 让接收 <see cref="AnnualReport"/> 请求体的端点回应带位置的发现：绑定失败时回应 422 问题详情（读取的全部 GDJ 发现），
/// 绑定成功时由端点过滤器校验报告，有错误则回应 422 问题详情，不调用处理程序。
/// Makes an endpoint that takes an <see cref="AnnualReport"/> body answer with located findings: when binding fails, 422
/// problem details listing every GDJ finding of reading instead of the framework's generic error; when it succeeds, an
/// endpoint filter validates the report and, when it has an error, answers 422 problem details without calling the handler.
/// </summary>
public static class ReportBinding
{
    /// <summary>
    /// 为端点加上报告的绑定与校验（需先调用 <see cref="GovDisclosureServiceCollectionExtensions.AddGovDisclosureRules"/>）。
    /// Adds report binding and validation to an endpoint (after
    /// <see cref="GovDisclosureServiceCollectionExtensions.AddGovDisclosureRules"/>).
    /// </summary>
    /// <typeparam name="TBuilder">端点约定构建器的类型。The type of the endpoint convention builder.</typeparam>
    /// <param name="builder">端点约定构建器，如 MapPost 的返回值。The endpoint convention builder, such as MapPost returns.</param>
    /// <returns>同一构建器。The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> 为 null。<paramref name="builder"/> is null.</exception>
    public static TBuilder WithReportValidation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        Guard.Against.Null(builder);
        builder.AddOpenApiOperationTransformer(ReportOpenApi.DescribeBoundReport);
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var reports = factory.MethodInfo.GetParameters()
                .Select((parameter, index) => (parameter.ParameterType, index))
                .Where(p => p.ParameterType == typeof(AnnualReport))
                .Select(p => p.index)
                .ToArray();
            return reports.Length == 0 ? next : invocation => ValidateArgumentsAsync(invocation, reports, next);
        });

        // Runs once the framework has built the endpoint's delegate, so that a failed binding can be answered in its place.
        builder.Finally(endpoint =>
        {
            if (endpoint.RequestDelegate is { } inner)
            {
                endpoint.RequestDelegate = context => LocateBindingErrorsAsync(context, inner);
            }
        });
        return builder;
    }

    private static async ValueTask<object?> ValidateArgumentsAsync(EndpointFilterInvocationContext invocation, int[] reports, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var desk = context.RequestServices.GetRequiredService<ReportDesk>();
        var language = MessageLanguages.Of(context.Request);
        foreach (var index in reports)
        {
            if (invocation.Arguments[index] is AnnualReport report)
            {
                var result = desk.Validate(new LoadResult(report, []), null, language, Stopwatch.GetTimestamp());
                if (!result.Valid)
                {
                    return ReportResults.Problem(result, language);
                }
            }
        }

        return await next(invocation).ConfigureAwait(false);
    }

    private static async Task LocateBindingErrorsAsync(HttpContext context, RequestDelegate inner)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var request = context.Request;
        var isJson = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && Upload.KindOfMediaType(mediaType) == UploadKind.Json;
        if (isJson)
        {
            request.EnableBuffering();
        }

        // A failed binding sets 400, or throws where RouteHandlerOptions.ThrowOnBadRequest is on (in Development).
        BadHttpRequestException? thrown = null;
        try
        {
            await inner(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (isJson && !context.Response.HasStarted)
        {
            thrown = e;
        }

        if (!isJson || context.Response.HasStarted || (thrown is null && context.Response.StatusCode != StatusCodes.Status400BadRequest))
        {
            return;
        }

        // The framework said only "bad request"; reading the same body strictly says where and why.
        request.Body.Position = 0;
        var language = MessageLanguages.Of(request);
        var loaded = await ReportJson.ReadAsync(request.Body, ReportDesk.JsonIn(language), context.RequestAborted).ConfigureAwait(false);
        if (loaded.Report is null)
        {
            var desk = context.RequestServices.GetRequiredService<ReportDesk>();
            await ReportResults.Problem(desk.Validate(loaded, null, language, startedAt), language).ExecuteAsync(context).ConfigureAwait(false);
        }
        else if (thrown is not null)
        {
            // Not the report's fault (another parameter, say): the framework's own answer stands.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(thrown).Throw();
        }
    }
}
