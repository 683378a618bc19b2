using System;
using System.Text;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// Decodes the bytes of a web page: a byte-order mark first; then the charset of the caller's content type; then one a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declares near the top; else UTF-8 when the bytes are valid UTF-8 and
/// GB18030 when not. GBK and GB2312 are read as GB18030, their superset. A declared charset the bytes do not decode in
/// falls back to detection, so a page saved as UTF-8 under a stale GBK declaration still reads.
/// </summary>
internal static class HtmlDecoding
{
    // Browsers look for <meta charset> in the first 1024 bytes; Word's pages put it a little further down.
    private const int MetaScanBytes = 4096;

    /// <summary>The page's text, or null with the reason (in the text importer's words) when it decodes in nothing.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, string? contentType, Encoding? gb18030, out MessagePart? reason)
    {
        reason = null;
        if (!HasMark(bytes))
        {
            var declared = CharsetOf(contentType) ?? MetaCharset(bytes);
            if (declared is not null && EncodingNamed(declared, gb18030) is { } encoding && TryDecode(bytes, encoding, out var text))
            {
                return text;
            }
        }

        var decoded = TextDecoder.Decode(bytes, gb18030, out var refusal);
        if (decoded is null)
        {
            reason = refusal!.Reason;
            return null;
        }

        return decoded.Length > 0 && decoded[0] == '\uFEFF' ? decoded.Substring(1) : decoded;
    }

    /// <summary>The charset a media type names, such as <c>text/html; charset="GBK"</c>.</summary>
    internal static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : ValueAfter(contentType, at + "charset".Length);
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> near the top declares (the bytes read as ASCII).</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Ascii(bytes.Slice(0, Math.Min(bytes.Length, MetaScanBytes)));
        for (var meta = head.IndexOf("<meta", StringComparison.OrdinalIgnoreCase); meta >= 0; meta = head.IndexOf("<meta", meta + 5, StringComparison.OrdinalIgnoreCase))
        {
            var end = head.IndexOf('>', meta);
            var tag = end < 0 ? head.Substring(meta) : head.Substring(meta, end - meta);
            var at = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && ValueAfter(tag, at + "charset".Length) is { } charset)
            {
                return charset;
            }
        }

        return null;
    }

    /// <summary>The encoding of a charset name; the Chinese national ones are all GB18030.</summary>
    internal static Encoding? EncodingNamed(string charset, Encoding? gb18030) =>
        charset.ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(false, throwOnInvalidBytes: true),
            "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "gb_2312-80" => gb18030,
            _ => null,
        };

    private static bool HasMark(ReadOnlySpan<byte> bytes) =>
        (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static string? ValueAfter(string text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '='))
        {
            at++;
        }

        if (at < text.Length && (text[at] == '"' || text[at] == '\''))
        {
            at++;
        }

        var start = at;
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '-' or '_' or ':' or '.'))
        {
            at++;
        }

        return at > start ? text.Substring(start, at - start) : null;
    }

    private static string Ascii(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : ' ';
        }

        return new string(chars);
    }
}
