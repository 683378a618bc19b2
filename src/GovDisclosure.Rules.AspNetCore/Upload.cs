using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Rules.Documents;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// One request read into reports: the body (JSON or text) or a form's files <c>report</c> and <c>previous</c>, each read by
/// its kind into a <see cref="LoadResult"/>; or the status that refuses it (400, 413, 415) and why.
/// </summary>
internal sealed class Upload
{
    /// <summary>The form field of the report; any other single file is taken too.</summary>
    internal const string ReportField = "report";

    /// <summary>The form field of last year's report.</summary>
    internal const string PreviousField = "previous";

    private Upload(LoadResult? report, LoadResult? previous, int status, string? reason)
    {
        Report = report;
        Previous = previous;
        Status = status;
        Reason = reason;
    }

    public LoadResult? Report { get; }

    public LoadResult? Previous { get; }

    /// <summary>200 when read; otherwise the status refusing the request.</summary>
    public int Status { get; }

    public string? Reason { get; }

    public static async Task<Upload> ReadAsync(HttpRequest request, long maxBytes, MessageLanguage language, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, "the request body is larger than the limit");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "no readable content type");
        }

        var isForm = mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var kind = isForm ? UploadKind.Unreadable : KindOfMediaType(mediaType);
        if (!isForm && kind == UploadKind.Unreadable)
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "unsupported content type");
        }

        // The body is read with a cap whatever the server enforces (a test server enforces nothing).
        var body = await ReadCappedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, "the request body is larger than the limit");
        }

        if (!isForm)
        {
            return new Upload(Load(kind, body, language), null, StatusCodes.Status200OK, null);
        }

        request.Body = new MemoryStream(body, writable: false);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return Refused(StatusCodes.Status400BadRequest, "the form cannot be read");
        }

        var report = form.Files.GetFile(ReportField) ?? (form.Files.Count == 1 ? form.Files[0] : null);
        if (report is null)
        {
            return Refused(StatusCodes.Status400BadRequest, "the form has no report file");
        }

        var reportKind = KindOfFile(report.FileName);
        var previous = form.Files.GetFile(PreviousField);
        var previousKind = previous is null ? UploadKind.Json : KindOfFile(previous.FileName);
        if (reportKind == UploadKind.Unreadable || previousKind == UploadKind.Unreadable)
        {
            return Refused(StatusCodes.Status415UnsupportedMediaType, "unsupported file type");
        }

        return new Upload(
            Load(reportKind, await BytesOf(report, cancellationToken).ConfigureAwait(false), language),
            previous is null ? null : Load(previousKind, await BytesOf(previous, cancellationToken).ConfigureAwait(false), language),
            StatusCodes.Status200OK,
            null);
    }

    internal static UploadKind KindOfMediaType(MediaTypeHeaderValue mediaType)
    {
        if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return UploadKind.Json;
        }

        if (mediaType.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return UploadKind.Text;
        }

        return mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || mediaType.MediaType.Equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", StringComparison.OrdinalIgnoreCase)
            ? UploadKind.Document
            : UploadKind.Unreadable;
    }

    internal static UploadKind KindOfFile(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => UploadKind.Json,
        ".txt" => UploadKind.Text,
        ".html" or ".htm" or ".docx" => UploadKind.Document,
        _ => UploadKind.Unreadable,
    };

    private static LoadResult Load(UploadKind kind, byte[] bytes, MessageLanguage language) => kind switch
    {
        UploadKind.Json => ReportJson.Read(bytes, ReportDesk.JsonIn(language)),
        UploadKind.Document => PublishedDocument.Import(bytes, new DocumentImportOptions { Language = language }),
        _ => PublishedText.Import(bytes, ReportDesk.TextIn(language)),
    };

    internal static Upload Refused(int status, string reason) => new(null, null, status, reason);

    private static async Task<byte[]> BytesOf(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>The whole body, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
