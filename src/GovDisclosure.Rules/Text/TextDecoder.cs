using System;
using System.Text;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Turns the bytes of an uploaded file into text: a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE); without one,
/// bytes that are valid UTF-8 are UTF-8, and anything else is tried as GB18030. Decoding is strict: bytes that none of
/// these reads without substitution, or text holding NUL characters, are refused — never silently garbled.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Why bytes were refused: the catalogue's words for it (Text.*), and the line (from 1) where the problem starts.</summary>
    internal sealed record Refusal(MessagePart Reason, int Line);

    /// <summary>Decodes bytes; returns the text, or null and why not.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes, Encoding? gb18030, out Refusal? refusal)
    {
        var text = DecodeAny(bytes, gb18030, out refusal);
        var nul = text?.IndexOf('\0') ?? -1;
        if (text is null || nul < 0)
        {
            return text;
        }

        // NUL characters mean binary data, or UTF-16 without its byte-order mark taken for something else.
        refusal = new Refusal(new MessagePart("Text.NulCharacter"), LineOf(text, nul));
        return null;
    }

    private static string? DecodeAny(ReadOnlySpan<byte> bytes, Encoding? gb18030, out Refusal? refusal)
    {
        refusal = null;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            var body = bytes.Slice(3);
            var bad = FirstInvalidUtf8(body);
            if (bad < 0)
            {
                return Encoding.UTF8.GetString(body.ToArray());
            }

            refusal = AfterMark("UTF-8", bad + 3, LineOf(body, bad));
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            if (IsUtf8BehindUtf16Mark(bytes.Slice(2)))
            {
                refusal = new Refusal(new MessagePart("Text.Utf8BehindUtf16Mark"), 1);
                return null;
            }

            return DecodeUtf16(bytes.Slice(2), bigEndian: bytes[0] == 0xFE, out refusal);
        }

        var invalid = FirstInvalidUtf8(bytes);
        if (invalid < 0)
        {
            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        var line = LineOf(bytes, invalid);
        if (gb18030 is null)
        {
            refusal = new Refusal(new MessagePart("Text.NoGb18030", invalid + 1), line);
            return null;
        }

        try
        {
            return gb18030.GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            // The exception's index is relative to an internal buffer, so the message names the UTF-8 offset only.
            refusal = new Refusal(new MessagePart("Text.NeitherUtf8NorGb18030", invalid + 1), line);
            return null;
        }
    }

    /// <summary>
    /// Whether the bytes after a UTF-16 mark are UTF-8 text instead: valid UTF-8 holding a line break or an ASCII digit as
    /// a single byte and no zero byte anywhere — UTF-16 text with any ASCII character in it (a digit, a line break, as
    /// every report has) has zero bytes.
    /// </summary>
    private static bool IsUtf8BehindUtf16Mark(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf((byte)0) >= 0 || FirstInvalidUtf8(body) >= 0)
        {
            return false;
        }

        foreach (var b in body)
        {
            if (b == (byte)'\n' || (b >= (byte)'0' && b <= (byte)'9'))
            {
                return true;
            }
        }

        return false;
    }

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out Refusal? refusal)
    {
        refusal = null;
        var units = new char[bytes.Length / 2];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = bigEndian ? (char)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]) : (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        var text = new string(units);
        var invalid = -1;
        for (var i = 0; i < units.Length && invalid < 0; i++)
        {
            var lone = char.IsHighSurrogate(units[i])
                ? i + 1 >= units.Length || !char.IsLowSurrogate(units[i + 1])
                : char.IsLowSurrogate(units[i]) && (i == 0 || !char.IsHighSurrogate(units[i - 1]));
            invalid = lone ? i : -1;
        }

        if (invalid < 0 && bytes.Length % 2 == 0)
        {
            return text;
        }

        // A lone surrogate, or an odd byte left at the end.
        var unit = invalid >= 0 ? invalid : units.Length;
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        refusal = AfterMark(name, (2 * unit) + 2, LineOf(text, unit));
        return null;
    }

    private static Refusal AfterMark(string name, int offset, int line) => new(new MessagePart("Text.InvalidAfterMark", name, offset + 1), line);

    /// <summary>The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1 when all are well formed.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            var trail = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (trail < 0 || i + trail >= bytes.Length)
            {
                return i;
            }

            for (var k = 1; k <= trail; k++)
            {
                if ((bytes[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
            var second = bytes[i + 1];
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second >= 0xA0) || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second >= 0x90))
            {
                return i;
            }

            i += trail + 1;
        }

        return -1;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            line += bytes[i] == (byte)'\n' ? 1 : 0;
        }

        return line;
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }
}
