using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Walks a UTF-8 document forward once, turning byte offsets into 1-based lines (counted at "\n", as JSON readers count
/// them) and columns counted in characters (Unicode scalar values), not bytes.
/// </summary>
internal struct SourceCursor
{
    private int position;
    private int linesPassed;
    private int charactersPassed;

    /// <summary>The line of the current offset, from 1.</summary>
    internal readonly int Line => linesPassed + 1;

    /// <summary>The column of the current offset, from 1.</summary>
    internal readonly int Column => charactersPassed + 1;

    /// <summary>Moves forward to an offset; an offset behind the cursor leaves it where it is.</summary>
    internal void MoveTo(ReadOnlySpan<byte> document, int offset)
    {
        var end = Math.Min(offset, document.Length);
        if (end <= position)
        {
            return;
        }

        // Jump from line end to line end (IndexOf is vectorised); count characters only on the last line crossed.
        var gap = document.Slice(position, end - position);
        var lastLine = gap;
        for (var newLine = gap.IndexOf((byte)'\n'); newLine >= 0; newLine = lastLine.IndexOf((byte)'\n'))
        {
            linesPassed++;
            charactersPassed = 0;
            lastLine = lastLine.Slice(newLine + 1);
        }

        charactersPassed += Characters(lastLine);
        position = end;
    }

    /// <summary>The number of characters in valid UTF-8: the bytes that are not continuation bytes (10xxxxxx).</summary>
    internal static int Characters(ReadOnlySpan<byte> utf8)
    {
        var continuations = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && utf8.Length >= Vector<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(utf8);
            var mask = new Vector<byte>(0xC0);
            var continuation = new Vector<byte>(0x80);
            for (var start = 0; start < vectors.Length; start += byte.MaxValue)
            {
                // Each lane counts up to 255 continuation bytes before it is added up.
                var counts = Vector<byte>.Zero;
                var stop = Math.Min(vectors.Length, start + byte.MaxValue);
                for (var v = start; v < stop; v++)
                {
                    counts -= Vector.Equals(vectors[v] & mask, continuation);
                }

                for (var lane = 0; lane < Vector<byte>.Count; lane++)
                {
                    continuations += counts[lane];
                }
            }

            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i < utf8.Length; i++)
        {
            if ((utf8[i] & 0xC0) == 0x80)
            {
                continuations++;
            }
        }

        return utf8.Length - continuations;
    }
}
