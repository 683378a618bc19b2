using System;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Where each member of a document begins (the byte offset of its name), gathered while reading; turned into a
/// <see cref="SourceMap"/> of lines and columns in one sweep, when a finding first asks, so that the validator's findings
/// can be located in the JSON they came from.
/// </summary>
internal sealed class SourcePlaces
{
    // By JsonMember.Ordinal: an int per member of the form, no allocation per member read. 0 is "not seen", so offset + 1.
    private readonly int[] places = new int[JsonShape.All.Count];

    internal void Add(JsonMember member, int offset) => places[member.Ordinal] = offset + 1;

    /// <summary>
    /// A map that locates the members on its first use, as <see cref="SourceCursor"/> locates (as for
    /// <see cref="LocatedFindings"/>); it keeps a copy of the document until then.
    /// </summary>
    internal SourceMap Build(ReadOnlySpan<byte> document)
    {
#if NET
        // Every byte is overwritten at once: no need for the runtime to clear the array first.
        var copy = GC.AllocateUninitializedArray<byte>(document.Length);
        document.CopyTo(copy);
#else
        var copy = document.ToArray();
#endif
        var count = 0;
        foreach (var place in places)
        {
            count += place > 0 ? 1 : 0;
        }

        return new SourceMap(map => Fill(map, copy), count);
    }

    private void Fill(SourceMap map, byte[] document)
    {
        // The cursor only moves forward: take the members in the order the document gave them.
        var ordinals = new int[places.Length];
        var offsets = new int[places.Length];
        var count = 0;
        for (var i = 0; i < places.Length; i++)
        {
            if (places[i] > 0)
            {
                ordinals[count] = i;
                offsets[count++] = places[i] - 1;
            }
        }

        Array.Sort(offsets, ordinals, 0, count);
        var cursor = default(SourceCursor);
        for (var i = 0; i < count; i++)
        {
            cursor.MoveTo(document, offsets[i]);
            var member = JsonShape.All[ordinals[i]];
            if (member.Cell is not null)
            {
                map.SetCell(member.Cell, cursor.Line, cursor.Column);
            }
            else if (member.Text is not null)
            {
                map.SetText(member.Text, cursor.Line, cursor.Column);
            }
            else
            {
                map.Set(member.Pointer, cursor.Line, cursor.Column);
            }
        }
    }
}
