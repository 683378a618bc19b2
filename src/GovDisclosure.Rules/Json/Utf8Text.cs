using System;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Json;

/// <summary>UTF-8 facts the reader needs: where the bytes stop being UTF-8, and how many characters a run holds.</summary>
internal static class Utf8Text
{
    /// <summary>The UTF-8 byte order mark.</summary>
    internal static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629), or −1.</summary>
    internal static int FindInvalid(ReadOnlySpan<byte> utf8)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < utf8.Length)
        {
            // Most of a report is ASCII punctuation and digits: step over eight such bytes at a time.
            while (i + 8 <= utf8.Length && (MemoryMarshal.Read<ulong>(utf8.Slice(i)) & 0x8080808080808080UL) == 0)
            {
                i += 8;
            }

            if (i >= utf8.Length)
            {
                break;
            }

            var lead = utf8[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int continuations;
            byte low = 0x80, high = 0xBF;
            switch (lead)
            {
                case >= 0xC2 and <= 0xDF: continuations = 1; break;
                case 0xE0: continuations = 2; low = 0xA0; break;
                case 0xED: continuations = 2; high = 0x9F; break;
                case >= 0xE1 and <= 0xEF: continuations = 2; break;
                case 0xF0: continuations = 3; low = 0x90; break;
                case 0xF4: continuations = 3; high = 0x8F; break;
                case >= 0xF1 and <= 0xF3: continuations = 3; break;
                default: return i;
            }

            if (i + continuations >= utf8.Length)
            {
                return i;
            }

            if (utf8[i + 1] < low || utf8[i + 1] > high)
            {
                return i;
            }

            for (var k = 2; k <= continuations; k++)
            {
                if ((utf8[i + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += continuations + 1;
        }

        return -1;
    }

    /// <summary>The number of UTF-16 code units that valid UTF-8 decodes to.</summary>
    internal static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                // A four-byte sequence becomes a surrogate pair.
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }
}
