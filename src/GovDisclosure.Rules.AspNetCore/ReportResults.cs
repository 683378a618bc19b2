using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Validation;
using Microsoft.AspNetCore.Http;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// 把校验结果与比对结果写成 HTTP 回应：没有错误时 200 加结果的 JSON；有错误时 422 加 RFC 9457 问题详情
/// （<c>application/problem+json</c>），<c>errors</c> 以 JSON Pointer 为键，<c>findings</c> 列出每条发现。
/// Turns validation and comparison results into HTTP answers: 200 with the result's JSON when there is no error; 422 with
/// RFC 9457 problem details (<c>application/problem+json</c>) when there is, <c>errors</c> keyed by JSON Pointer and every
/// finding under <c>findings</c>.
/// </summary>
public static class ReportResults
{
    /// <summary>问题详情的媒体类型。The media type of problem details.</summary>
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>422 问题详情的 type（RFC 9110 第 15.5.21 节）。The type of the 422 problem (RFC 9110, section 15.5.21).</summary>
    public const string ProblemType = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21";

    /// <summary>
    /// 按结果回应：合格时 200 加结果 JSON，否则 422 问题详情。Answers with the result: 200 and its JSON when valid, else 422 problem details.
    /// </summary>
    /// <param name="result">校验结果。The validation result.</param>
    /// <param name="language">标题与说明的语言。The language of the title and detail.</param>
    /// <returns>HTTP 回应。The HTTP answer.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 为 null。<paramref name="result"/> is null.</exception>
    public static IResult Validation(ValidationResult result, MessageLanguage language = MessageLanguage.Chinese)
    {
        Guard.Against.Null(result);
        return result.Valid
            ? Results.Text(result.ToJson(), "application/json", Encoding.UTF8, StatusCodes.Status200OK)
            : Problem(result, language);
    }

    /// <summary>
    /// 422 问题详情，列出结果的全部发现。The 422 problem details listing every finding of the result.
    /// </summary>
    /// <param name="result">校验结果。The validation result.</param>
    /// <param name="language">标题与说明的语言。The language of the title and detail.</param>
    /// <returns>HTTP 回应。The HTTP answer.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 为 null。<paramref name="result"/> is null.</exception>
    public static IResult Problem(ValidationResult result, MessageLanguage language = MessageLanguage.Chinese) =>
        Results.Text(ProblemJson(result, language), ProblemMediaType, Encoding.UTF8, StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// 200 加比对结果的 JSON（schema/report-diff.schema.json）。200 with the diff's JSON (schema/report-diff.schema.json).
    /// </summary>
    /// <param name="diff">比对结果。The diff.</param>
    /// <returns>HTTP 回应。The HTTP answer.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="diff"/> 为 null。<paramref name="diff"/> is null.</exception>
    public static IResult Diff(ReportDiff diff)
    {
        Guard.Against.Null(diff);
        return Results.Text(ReportDiffJson.ToJson(diff, indented: false), "application/json", Encoding.UTF8, StatusCodes.Status200OK);
    }

    /// <summary>
    /// 问题详情的 JSON 文本：<c>type</c>、<c>title</c>、<c>status</c>（422）、<c>detail</c>、<c>errors</c>（JSON Pointer → 错误说明）、
    /// <c>findings</c>（与校验结果 JSON 中的相同）。
    /// The problem details as JSON text: <c>type</c>, <c>title</c>, <c>status</c> (422), <c>detail</c>, <c>errors</c>
    /// (JSON Pointer → error messages) and <c>findings</c> (as in the validation result's JSON).
    /// </summary>
    /// <param name="result">校验结果。The validation result.</param>
    /// <param name="language">标题与说明的语言。The language of the title and detail.</param>
    /// <returns>JSON 文本。The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 为 null。<paramref name="result"/> is null.</exception>
    public static string ProblemJson(ValidationResult result, MessageLanguage language = MessageLanguage.Chinese)
    {
        Guard.Against.Null(result);
        return WriteProblem([(null, result)], language);
    }

    /// <summary>
    /// The 422 problem details of an upload of several files (the diff's <c>report</c> and <c>previous</c>): each finding
    /// carries <c>file</c>, the form field of its file, and <c>errors</c> is keyed by the pointer prefixed with that field
    /// (<c>/previous/year</c>), a pointer into the form as if it were one document.
    /// </summary>
    internal static IResult Problem(IReadOnlyList<(string File, ValidationResult Result)> files, MessageLanguage language) =>
        Results.Text(WriteProblem(files.Select(f => ((string?)f.File, f.Result)).ToList(), language), ProblemMediaType, Encoding.UTF8, StatusCodes.Status422UnprocessableEntity);

    private static string WriteProblem(IReadOnlyList<(string? File, ValidationResult Result)> files, MessageLanguage language)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var english = language == MessageLanguage.English;
            int errors = files.Sum(f => f.Result.Errors), warnings = files.Sum(f => f.Result.Warnings), infos = files.Sum(f => f.Result.Infos);
            writer.WriteStartObject();
            writer.WriteString("type", ProblemType);
            writer.WriteString("title", english ? "The report has errors." : "报告有错误。");
            writer.WriteNumber("status", StatusCodes.Status422UnprocessableEntity);
            writer.WriteString("detail", english
                ? $"{errors} errors, {warnings} warnings, {infos} infos."
                : $"{errors} 个错误、{warnings} 个警告、{infos} 条提示。");
            writer.WriteStartObject("errors");
            foreach (var (file, result) in files)
            {
                foreach (var group in ErrorsByPointer(result))
                {
                    writer.WriteStartArray(file is null ? group.Key : "/" + file + group.Key);
                    foreach (var message in group.Value)
                    {
                        writer.WriteStringValue(message);
                    }

                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
            writer.WriteStartArray("findings");
            foreach (var (file, result) in files)
            {
                // The findings exactly as the validation result writes them, with the file they belong to added.
                using var findings = JsonDocument.Parse(result.ToJson());
                foreach (var finding in findings.RootElement.GetProperty("findings").EnumerateArray())
                {
                    if (file is null)
                    {
                        finding.WriteTo(writer);
                        continue;
                    }

                    writer.WriteStartObject();
                    foreach (var member in finding.EnumerateObject())
                    {
                        member.WriteTo(writer);
                    }

                    writer.WriteString("file", file);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static List<KeyValuePair<string, List<string>>> ErrorsByPointer(ValidationResult result)
    {
        // In the findings' document order, one entry per pointer.
        var byPointer = new List<KeyValuePair<string, List<string>>>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var finding in result.Findings.Where(f => f.Severity == Severity.Error))
        {
            if (!index.TryGetValue(finding.Path, out var at))
            {
                at = byPointer.Count;
                index.Add(finding.Path, at);
                byPointer.Add(new(finding.Path, []));
            }

            byPointer[at].Value.Add(finding.Message);
        }

        return byPointer;
    }
}
