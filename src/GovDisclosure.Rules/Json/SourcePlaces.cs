using System;
using System.Collections.Generic;
using System.Threading;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Where each member of a document begins (the byte offset of its name), gathered while reading; a place is turned into a
/// line and a column only when a finding asks for it, so that the validator's findings can be located in the JSON they
/// came from without a table of every member's place being made for every document.
/// </summary>
internal sealed class SourcePlaces
{
    // Members by the pointer a finding names: the cell's or the text's pointer where the member is one, else its own.
    private static readonly Dictionary<string, int> OrdinalsByPointer = ByPointer();

    // By JsonMember.Ordinal: an int per member of the form, no allocation per member read. 0 is "not seen", so offset + 1.
    private readonly int[] places = new int[JsonShape.All.Count];

    internal void Add(JsonMember member, int offset) => places[member.Ordinal] = offset + 1;

    /// <summary>
    /// A map that locates a member when asked, as <see cref="SourceCursor"/> locates (as for <see cref="LocatedFindings"/>),
    /// in <paramref name="document"/>, which it keeps: the bytes read, unchanged for as long as the map is used.
    /// </summary>
    internal SourceMap Build(ReadOnlyMemory<byte> document) => new(new Locator(places, document).Locate);

    private static Dictionary<string, int> ByPointer()
    {
        var byPointer = new Dictionary<string, int>(JsonShape.All.Count, StringComparer.Ordinal);
        foreach (var member in JsonShape.All)
        {
            byPointer[member.Cell?.Pointer ?? member.Text?.Pointer ?? member.Pointer] = member.Ordinal;
        }

        return byPointer;
    }

    /// <summary>
    /// Turns a member's offset into a line and a column: the starts of the lines are found once, on the first question
    /// (one vectorised pass), and each question is then a binary search and a count of the characters before the member
    /// on its own line, never a walk of the document.
    /// </summary>
    private sealed class Locator(int[] places, ReadOnlyMemory<byte> document)
    {
        private int[]? lineStarts;

        internal (int Line, int Column) Locate(string pointer)
        {
            if (!OrdinalsByPointer.TryGetValue(pointer, out var ordinal) || places[ordinal] == 0)
            {
                return default;
            }

            var offset = Math.Min(places[ordinal] - 1, document.Length);

            // Two threads asking at once may both find the starts: the same array either way.
            var starts = Volatile.Read(ref lineStarts) ?? Interlocked.CompareExchange(ref lineStarts, LineStarts(document.Span), null) ?? lineStarts!;
            var line = Array.BinarySearch(starts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, SourceCursor.Characters(document.Span.Slice(starts[line], offset - starts[line])) + 1);
        }

        private static int[] LineStarts(ReadOnlySpan<byte> document)
        {
            // Counted first, so that the starts are written into an array of their size rather than a list that grows.
            var starts = new int[NewLines(document) + 1];
            var rest = document;
            var passed = 0;
            for (var line = 1; line < starts.Length; line++)
            {
                passed += rest.IndexOf((byte)'\n') + 1;
                starts[line] = passed;
                rest = document.Slice(passed);
            }

            return starts;
        }

        private static int NewLines(ReadOnlySpan<byte> document)
        {
#if NET
            return document.Count((byte)'\n');
#else
            var count = 0;
            foreach (var b in document)
            {
                count += b == (byte)'\n' ? 1 : 0;
            }

            return count;
#endif
        }
    }
}
