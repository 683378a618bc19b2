using System.Net.Http;
using System.Net.Http.Headers;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>Request bodies as a browser or a host would send them.</summary>
internal static class Upload
{
    public static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    public static MultipartFormDataContent Form(string fileName, byte[] bytes, string? previousName = null, byte[]? previous = null)
    {
        var form = new MultipartFormDataContent { { Body(bytes, "application/octet-stream"), "report", fileName } };
        if (previousName is not null && previous is not null)
        {
            form.Add(Body(previous, "application/octet-stream"), "previous", previousName);
        }

        return form;
    }

    public static HttpRequestMessage Post(string path, HttpContent content, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return request;
    }
}
