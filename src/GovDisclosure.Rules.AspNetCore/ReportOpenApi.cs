using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// What the OpenAPI document says of the endpoints: the report, validation-result and diff schemas (ReportSchemas, the
/// package's own JSON) and the problem details as components, referenced from the request bodies and the 200 and 422
/// answers. Attached to each endpoint as an operation transformer, so that a host's AddOpenApi and MapOpenApi need nothing more.
/// </summary>
internal static class ReportOpenApi
{
    internal const string Report = "GovDisclosureReport";
    internal const string ValidationResult = "GovDisclosureValidationResult";
    internal const string Diff = "GovDisclosureReportDiff";
    internal const string Problem = "GovDisclosureProblem";

    private const string Components = "#/components/schemas/";
    private const string JsonMedia = "application/json";
    private const string FormMedia = "multipart/form-data";

    // Built once: each schema's $defs lifted into components of their own ("GovDisclosureReport.FeeAmount"), as an
    // OpenAPI document has no place for $defs inside a component that references resolve against.
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, JsonObject>>> Schemas = new(BuildSchemas);

    /// <summary>The validation endpoint: a report as JSON, text, HTML or a form file; 200 the result, 422 the problem.</summary>
    internal static Task DescribeValidation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = DocumentOf(context);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "报告：JSON（本 Schema）、发布文本或网页，或表单文件 report（可附 previous）。The report: JSON (this schema), published text or a web page, or the form file report (and optionally previous).",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [JsonMedia] = Media(Reference(Report), document),
                ["text/plain"] = Media(new JsonObject { ["type"] = "string" }, document),
                ["text/html"] = Media(new JsonObject { ["type"] = "string" }, document),
                [FormMedia] = Media(Form(previousRequired: false), document),
            },
        };
        Answer(operation, document, "校验结果（没有错误）。The validation result (no error).", ValidationResult);
        return Task.CompletedTask;
    }

    /// <summary>The diff endpoint: the form files report and previous; 200 the diff, 422 the problem.</summary>
    internal static Task DescribeDiff(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = DocumentOf(context);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "今年的报告 report 与上一年度的报告 previous。This year's report (report) and last year's (previous).",
            Content = new Dictionary<string, OpenApiMediaType> { [FormMedia] = Media(Form(previousRequired: true), document) },
        };
        Answer(operation, document, "比对结果。The diff.", Diff);
        return Task.CompletedTask;
    }

    /// <summary>An endpoint binding an AnnualReport (WithReportValidation): its JSON body is the report; 422 the problem.</summary>
    internal static Task DescribeBoundReport(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = DocumentOf(context);
        var body = operation.RequestBody as OpenApiRequestBody ?? new OpenApiRequestBody { Required = true };
        body.Content ??= new Dictionary<string, OpenApiMediaType>();

        // The framework described AnnualReport from its properties, which say nothing of its JSON (a converter writes
        // it): its component becomes the report schema, for wherever else the document uses it.
        if (body.Content.TryGetValue(JsonMedia, out var inferred) && inferred.Schema is OpenApiSchemaReference { Reference.Id: { } id }
            && id != Report && document.Components?.Schemas is { } schemas && schemas.ContainsKey(id))
        {
            schemas[id] = new OpenApiSchemaReference(Report, document);
        }

        body.Content[JsonMedia] = Media(Reference(Report), document);
        operation.RequestBody = body;
        operation.Responses ??= [];
        operation.Responses[Status(StatusCodes.Status422UnprocessableEntity)] = ProblemResponse(document);
        return Task.CompletedTask;
    }

    private static OpenApiDocument DocumentOf(OpenApiOperationTransformerContext context)
    {
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI operation has no document.");
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (id, schema) in Schemas.Value)
        {
            if (!document.Components.Schemas.ContainsKey(id))
            {
                document.AddComponent(id, Read(schema, document));
            }
        }

        return document;
    }

    private static void Answer(OpenApiOperation operation, OpenApiDocument document, string description, string schema)
    {
        operation.Responses = new OpenApiResponses
        {
            [Status(StatusCodes.Status200OK)] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [JsonMedia] = Media(Reference(schema), document) },
            },
            [Status(StatusCodes.Status400BadRequest)] = new OpenApiResponse { Description = "表单缺少文件。The form lacks a file." },
            [Status(StatusCodes.Status413PayloadTooLarge)] = new OpenApiResponse { Description = "正文超过 MaxRequestBytes。The body exceeds MaxRequestBytes." },
            [Status(StatusCodes.Status415UnsupportedMediaType)] = new OpenApiResponse { Description = "读不了的媒体类型或扩展名。A media type or extension it cannot read." },
            [Status(StatusCodes.Status422UnprocessableEntity)] = ProblemResponse(document),
        };
    }

    private static OpenApiResponse ProblemResponse(OpenApiDocument document) => new()
    {
        Description = "报告有错误：问题详情（RFC 9457），errors 以 JSON Pointer 为键，findings 列出每条发现。The report has errors: problem details (RFC 9457), errors keyed by JSON Pointer, every finding under findings.",
        Content = new Dictionary<string, OpenApiMediaType> { [ReportResults.ProblemMediaType] = Media(Reference(Problem), document) },
    };

    private static string Status(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static OpenApiMediaType Media(JsonObject schema, OpenApiDocument document) => new() { Schema = Read(schema, document) };

    /// <summary>Reads a schema with the OpenAPI library's own reader, its references bound to the document.</summary>
    private static IOpenApiSchema Read(JsonObject schema, OpenApiDocument document)
    {
        // The reader reads a reference inside a schema, but not a schema that is only a reference.
        if (schema.Count == 1 && schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return new OpenApiSchemaReference(reference[Components.Length..], document);
        }

        var read = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(schema.DeepClone(), OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic);
        if (read is null || diagnostic?.Errors.Count > 0)
        {
            throw new InvalidDataException("A schema of the package cannot be read as OpenAPI: " + string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? []));
        }

        return read;
    }

    private static JsonObject Reference(string id) => new() { ["$ref"] = Components + id };

    /// <summary>The form: report (and previous), each a .json report of the report schema or a .txt, .html or .docx file.</summary>
    private static JsonObject Form(bool previousRequired)
    {
        JsonObject File(string description) => new()
        {
            ["description"] = description,
            ["anyOf"] = new JsonArray(Reference(Report), new JsonObject { ["type"] = "string", ["format"] = "binary" }),
        };

        return new JsonObject
        {
            ["type"] = "object",
            ["required"] = previousRequired ? new JsonArray(Upload.ReportField, Upload.PreviousField) : new JsonArray(Upload.ReportField),
            ["properties"] = new JsonObject
            {
                [Upload.ReportField] = File("今年的报告：.json（本 Schema）、.txt、.html 或 .docx。This year's report: .json (this schema), .txt, .html or .docx."),
                [Upload.PreviousField] = File("上一年度的报告，格式同上。Last year's report, in the same formats."),
            },
        };
    }

    private static IReadOnlyList<KeyValuePair<string, JsonObject>> BuildSchemas()
    {
        var components = new List<KeyValuePair<string, JsonObject>>();
        Lift(Report, ReportSchemas.Report, components);
        var result = Lift(ValidationResult, ReportSchemas.ValidationResult, components);
        Lift(Diff, ReportSchemas.Diff, components);

        // The problem's findings are the validation result's, with the file a two-file form's finding is in.
        var finding = (JsonObject)components.Single(c => c.Key == ValidationResult + ".finding").Value.DeepClone();
        finding["properties"]!["file"] = new JsonObject
        {
            ["description"] = "表单带两份文件时：发现所在文件的表单字段（report 为今年，previous 为上一年度）。With a two-file form: the form field of the file the finding is in (report this year, previous last year).",
            ["enum"] = new JsonArray(Upload.ReportField, Upload.PreviousField),
        };
        components.Add(new(Problem + ".finding", finding));
        components.Add(new(Problem, new JsonObject
        {
            ["description"] = "报告有错误时的问题详情（RFC 9457）。The problem details when the report has errors (RFC 9457).",
            ["type"] = "object",
            ["required"] = new JsonArray("type", "title", "status", "detail", "errors", "findings"),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(ReportResults.ProblemType) },
                ["title"] = new JsonObject { ["type"] = "string" },
                ["status"] = new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(StatusCodes.Status422UnprocessableEntity) },
                ["detail"] = new JsonObject { ["type"] = "string" },
                ["errors"] = new JsonObject
                {
                    ["description"] = "JSON Pointer（两份文件时加字段名前缀）→ 该处错误的说明。JSON Pointer (prefixed with the form field when there are two files) → the messages of the errors there.",
                    ["type"] = "object",
                    ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                },
                ["findings"] = new JsonObject
                {
                    ["description"] = result["properties"]!["findings"]!["description"]!.DeepClone(),
                    ["type"] = "array",
                    ["items"] = Reference(Problem + ".finding"),
                },
            },
        }));
        return components;
    }

    /// <summary>Adds a schema and its $defs as components, its "#/$defs/x" references pointing at "{id}.x".</summary>
    private static JsonObject Lift(string id, string json, List<KeyValuePair<string, JsonObject>> components)
    {
        var schema = (JsonObject)JsonNode.Parse(json)!;
        Rewrite(schema, id);
        schema.Remove("$schema");
        schema.Remove("$id");
        if (schema["$defs"] is JsonObject definitions)
        {
            schema.Remove("$defs");
            foreach (var (name, definition) in definitions.ToList())
            {
                definitions.Remove(name);
                components.Add(new(id + "." + name, (JsonObject)definition!));
            }
        }

        components.Add(new(id, schema));
        return schema;
    }

    private static void Rewrite(JsonNode? node, string id)
    {
        switch (node)
        {
            case JsonObject member:
                // enum, not const: the OpenAPI library keeps a const as a string, and 0 would become "0".
                if (member["const"] is { } constant)
                {
                    member.Remove("const");
                    member["enum"] = new JsonArray(constant.DeepClone());
                }

                if (member["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    member["$ref"] = Components + id + "." + target["#/$defs/".Length..];
                }

                foreach (var (_, child) in member.ToList())
                {
                    Rewrite(child, id);
                }

                break;
            case JsonArray items:
                foreach (var child in items)
                {
                    Rewrite(child, id);
                }

                break;
        }
    }
}
