using System;
using System.Buffers.Text;

namespace GovDisclosure.Rules.Json;

/// <summary>What a JSON number token means for a count or an amount.</summary>
internal enum NumberReading
{
    /// <summary>The value fits.</summary>
    Valid,

    /// <summary>A fraction or an exponent where an integer is required (GDJ002).</summary>
    NotAnInteger,

    /// <summary>Negative, too large, or not exactly representable (GDJ006).</summary>
    OutOfRange,
}

/// <summary>Reads counts and amounts from the text of JSON number tokens, exactly.</summary>
internal static class JsonNumbers
{
    // A decimal holds at most 29 significant digits.
    private const int MaxDecimalDigits = 29;

    /// <summary>
    /// Reads an integer written without fraction or exponent, from 0 to <paramref name="max"/>. "-0" is zero: the JSON
    /// grammar allows it and JSON Schema's <c>minimum: 0</c> accepts it, so the reader does too.
    /// </summary>
    internal static NumberReading ReadInteger(ReadOnlySpan<byte> raw, long max, out long value)
    {
        value = 0;
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return NumberReading.NotAnInteger;
        }

        if (raw[0] == (byte)'-')
        {
            // The grammar forbids leading zeros, so "-0" is the only negative spelling of zero.
            return raw.Length == 2 && raw[1] == (byte)'0' ? NumberReading.Valid : NumberReading.OutOfRange;
        }

        return Utf8Parser.TryParse(raw, out value, out var consumed) && consumed == raw.Length && value <= max
            ? NumberReading.Valid
            : NumberReading.OutOfRange;
    }

    /// <summary>
    /// Reads a number ≥ 0 as an exact decimal: any spelling JSON allows (3, 3.50, 1e2), but not one that a decimal can
    /// only approximate (more than 29 significant digits, 1e-400) or cannot hold (1e400). Zero of any sign is 0.
    /// </summary>
    internal static NumberReading ReadAmount(ReadOnlySpan<byte> raw, out decimal value)
    {
        value = 0;
        Span<byte> written = stackalloc byte[MaxDecimalDigits];
        Span<byte> parsed = stackalloc byte[MaxDecimalDigits];
        Span<byte> text = stackalloc byte[64];
        if (!Utf8Parser.TryParse(raw, out decimal number, out var consumed) || consumed != raw.Length
            || !Significant(raw, written, out var writtenCount, out var writtenExponent)
            || !Utf8Formatter.TryFormat(number, text, out var length)
            || !Significant(text.Slice(0, length), parsed, out var parsedCount, out var parsedExponent)
            || writtenCount != parsedCount
            || !written.Slice(0, writtenCount).SequenceEqual(parsed.Slice(0, parsedCount))
            || (writtenCount > 0 && writtenExponent != parsedExponent))
        {
            return NumberReading.OutOfRange;
        }

        if (number < 0)
        {
            return NumberReading.OutOfRange;
        }

        value = number == 0 ? 0m : number;
        return NumberReading.Valid;
    }

    /// <summary>
    /// The significant digits of a plain or exponent-form number and the power of ten of the last of them, so that two
    /// spellings of one value compare equal. False when there are more digits than a decimal holds.
    /// </summary>
    private static bool Significant(ReadOnlySpan<byte> text, Span<byte> digits, out int count, out long exponent)
    {
        count = 0;
        exponent = 0;
        long fractionDigits = 0, pendingZeros = 0;
        bool leading = true, fraction = false;
        var i = text.Length > 0 && text[0] == (byte)'-' ? 1 : 0;
        for (; i < text.Length && text[i] != (byte)'e' && text[i] != (byte)'E'; i++)
        {
            var c = text[i];
            if (c == (byte)'.')
            {
                fraction = true;
                continue;
            }

            if (fraction)
            {
                fractionDigits++;
            }

            if (c == (byte)'0')
            {
                if (!leading)
                {
                    pendingZeros++;
                }

                continue;
            }

            leading = false;
            if (count + pendingZeros + 1 > digits.Length)
            {
                return false;
            }

            for (; pendingZeros > 0; pendingZeros--)
            {
                digits[count++] = (byte)'0';
            }

            digits[count++] = c;
        }

        exponent = ReadExponent(text.Slice(Math.Min(i + 1, text.Length))) - fractionDigits + pendingZeros;
        return true;
    }

    /// <summary>The exponent after 'e', saturated far beyond any decimal's range so that it cannot overflow.</summary>
    private static long ReadExponent(ReadOnlySpan<byte> text)
    {
        const long Saturated = 1_000_000_000_000;
        long value = 0;
        var negative = false;
        foreach (var c in text)
        {
            if (c == (byte)'-')
            {
                negative = true;
            }
            else if (c is >= (byte)'0' and <= (byte)'9')
            {
                value = Math.Min(Saturated, (value * 10) + (c - '0'));
            }
        }

        return negative ? -value : value;
    }
}
