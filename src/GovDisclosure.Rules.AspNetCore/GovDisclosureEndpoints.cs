using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// 一行映射的端点：校验上传的报告，比对今年与上一年度的报告。
/// Endpoints mapped in one line each: validate an uploaded report; compare this year's report with last year's.
/// </summary>
public static class GovDisclosureEndpoints
{
    /// <summary>
    /// 映射校验端点（POST）：正文为 application/json、text/plain 或 text/html，或 multipart/form-data 中的文件 <c>report</c>（.json、.txt、.html、.docx），
    /// 可另附上一年度的 <c>previous</c>。没有错误时 200 加校验结果，有错误时 422 问题详情，过大时 413，读不了的类型 415。
    /// 消息语言按 Accept-Language（默认中文，可选英文）。
    /// Maps the validation endpoint (POST): a body of application/json, text/plain or text/html, or multipart/form-data with
    /// the file <c>report</c> (.json, .txt, .html, .docx) and optionally last year's <c>previous</c>. 200 with the validation result when there is
    /// no error, 422 problem details when there is, 413 when too large, 415 for what it cannot read. Messages follow
    /// Accept-Language (Chinese by default, or English).
    /// </summary>
    /// <param name="endpoints">路由构建器。The route builder.</param>
    /// <param name="pattern">路由模式，如 "/reports/validate"。The route pattern, such as "/reports/validate".</param>
    /// <returns>端点约定构建器。The endpoint convention builder.</returns>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static IEndpointConventionBuilder MapGovDisclosureValidation(this IEndpointRouteBuilder endpoints, string pattern)
    {
        Guard.Against.Null(endpoints);
        Guard.Against.Null(pattern);
        // A Func rather than a RequestDelegate, so that the endpoint is described in the OpenAPI document (generated code, no reflection).
        return endpoints.MapPost(pattern, (Func<HttpContext, Task>)ValidateAsync).DisableAntiforgery().AddOpenApiOperationTransformer(ReportOpenApi.DescribeValidation);
    }

    /// <summary>
    /// 映射比对端点（POST）：multipart/form-data 中的文件 <c>report</c>（今年）与 <c>previous</c>（上一年度）。两份都读出时
    /// 200 加比对结果（schema/report-diff.schema.json），读不出时 422 问题详情，缺少文件时 400，过大时 413，读不了的类型 415。
    /// Maps the diff endpoint (POST): multipart/form-data with the files <c>report</c> (this year) and <c>previous</c>
    /// (last year). 200 with the diff (schema/report-diff.schema.json) when both are read, 422 problem details when one
    /// cannot be, 400 when a file is missing, 413 when too large, 415 for what it cannot read.
    /// </summary>
    /// <param name="endpoints">路由构建器。The route builder.</param>
    /// <param name="pattern">路由模式，如 "/reports/diff"。The route pattern, such as "/reports/diff".</param>
    /// <returns>端点约定构建器。The endpoint convention builder.</returns>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static IEndpointConventionBuilder MapGovDisclosureDiff(this IEndpointRouteBuilder endpoints, string pattern)
    {
        Guard.Against.Null(endpoints);
        Guard.Against.Null(pattern);
        return endpoints.MapPost(pattern, (Func<HttpContext, Task>)DiffAsync).DisableAntiforgery().AddOpenApiOperationTransformer(ReportOpenApi.DescribeDiff);
    }

    private static async Task ValidateAsync(HttpContext context)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var (desk, language, upload) = await ReceiveAsync(context).ConfigureAwait(false);
        if (upload.Report is null)
        {
            await RefuseAsync(context, desk, upload, language).ConfigureAwait(false);
            return;
        }

        // Last year's report feeds the year-over-year rules; when it cannot be read, that is the answer.
        if (upload.Previous is { Report: null } unreadable)
        {
            await ReportResults.Problem([(Upload.PreviousField, desk.Validate(unreadable, null, language, startedAt))], language).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var result = desk.Validate(upload.Report, upload.Previous?.Report, language, startedAt);
        await ReportResults.Validation(result, language).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task DiffAsync(HttpContext context)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var (desk, language, upload) = await ReceiveAsync(context).ConfigureAwait(false);
        if (upload.Report is null)
        {
            await RefuseAsync(context, desk, upload, language).ConfigureAwait(false);
            return;
        }

        if (upload.Previous is null)
        {
            await RefuseAsync(context, desk, Upload.Refused(StatusCodes.Status400BadRequest, "the form has no previous file"), language).ConfigureAwait(false);
            return;
        }

        // Every file that cannot be read is answered at once, each finding saying which file it is in.
        var unreadable = new (string File, LoadResult Loaded)[] { (Upload.ReportField, upload.Report), (Upload.PreviousField, upload.Previous) }
            .Where(f => f.Loaded.Report is null)
            .Select(f => (f.File, desk.Validate(f.Loaded, null, language, startedAt)))
            .ToList();
        if (unreadable.Count > 0)
        {
            await ReportResults.Problem(unreadable, language).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var diff = ReportComparer.Compare(upload.Previous.Report!, upload.Report.Report!, desk.DiffIn(language));
        await ReportResults.Diff(diff).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task<(ReportDesk Desk, MessageLanguage Language, Upload Upload)> ReceiveAsync(HttpContext context)
    {
        var desk = context.RequestServices.GetRequiredService<ReportDesk>();
        var language = MessageLanguages.Of(context.Request);
        var upload = await Upload.ReadAsync(context.Request, desk.Options.MaxRequestBytes, language, context.RequestAborted).ConfigureAwait(false);
        return (desk, language, upload);
    }

    private static Task RefuseAsync(HttpContext context, ReportDesk desk, Upload upload, MessageLanguage language)
    {
        desk.Refused(upload.Status, upload.Reason ?? "");
        var english = language == MessageLanguage.English;
        var title = upload.Status switch
        {
            StatusCodes.Status413PayloadTooLarge => english ? "The upload is too large." : "上传的内容过大。",
            StatusCodes.Status415UnsupportedMediaType => english ? "This kind of upload cannot be read: send JSON, plain text, HTML, or a form with a .json, .txt, .html or .docx file." : "无法读取这种上传：请发送 JSON、纯文本、HTML，或带 .json、.txt、.html、.docx 文件的表单。",
            _ => english ? "The upload is incomplete." : "上传的内容不完整。",
        };
        return Results.Problem(title: title, detail: upload.Reason, statusCode: upload.Status).ExecuteAsync(context);
    }
}
