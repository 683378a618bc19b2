using System;
using System.Globalization;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Says in the reader's language why the text at an offset is not JSON. System.Text.Json's own messages are English
/// only and carry no structured reason, so the reason is read from the bytes where the reader stopped.
/// </summary>
internal static class MalformedJson
{
    /// <summary>Describes the syntax error the reader met at <paramref name="offset"/>.</summary>
    internal static MessagePart Describe(ReadOnlySpan<byte> document, int offset, bool afterRoot)
    {
        if (IsBlank(document))
        {
            return JsonWords.Empty();
        }

        if (offset >= document.Length)
        {
            return JsonWords.UnexpectedEnd();
        }

        if (afterRoot)
        {
            return JsonWords.AfterRoot();
        }

        var b = document[offset];
        if (b >= 0x80 && Utf8Text.FindInvalid(document.Slice(offset, Math.Min(4, document.Length - offset))) == 0)
        {
            return JsonWords.InvalidUtf8();
        }

        if (b == (byte)'/')
        {
            return JsonWords.Comment();
        }

        if ((b == (byte)'}' || b == (byte)']') && PreviousSignificant(document, offset) == (byte)',')
        {
            return JsonWords.TrailingComma();
        }

        // A tab or line break is white space between tokens but a control character inside a string.
        if (b < 0x20 && (!IsWhiteSpace(b) || InsideString(document, offset)))
        {
            return JsonWords.ControlCharacter(b);
        }

        return JsonWords.Unexpected(Character(document, offset));
    }

    /// <summary>The four characters JSON allows between tokens.</summary>
    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static bool IsBlank(ReadOnlySpan<byte> document)
    {
        foreach (var b in document)
        {
            if (!IsWhiteSpace(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an offset is inside a string. The reader accepted every byte before it, so outside strings there are no
    /// quotes but those that open one, and inside a string a backslash escapes the byte after it.
    /// </summary>
    private static bool InsideString(ReadOnlySpan<byte> document, int offset)
    {
        var inside = false;
        for (var i = 0; i < offset; i++)
        {
            if (document[i] == (byte)'"')
            {
                inside = !inside;
            }
            else if (inside && document[i] == (byte)'\\')
            {
                i++;
            }
        }

        return inside;
    }

    private static byte PreviousSignificant(ReadOnlySpan<byte> document, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            if (!IsWhiteSpace(document[i]))
            {
                return document[i];
            }
        }

        return 0;
    }

    /// <summary>The character at an offset, quoted when printable ASCII, else as U+XXXX.</summary>
    private static string Character(ReadOnlySpan<byte> document, int offset)
    {
        var b = document[offset];
        if (b is >= 0x21 and < 0x7F)
        {
            return "'" + (char)b + "'";
        }

        var length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        length = Math.Min(length, document.Length - offset);
        var text = System.Text.Encoding.UTF8.GetString(document.Slice(offset, length).ToArray());
        var code = char.IsSurrogatePair(text, 0) ? char.ConvertToUtf32(text, 0) : text[0];
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
