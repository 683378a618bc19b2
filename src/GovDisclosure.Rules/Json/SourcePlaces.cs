using System;
using System.Collections.Generic;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Where each member of a document begins (the byte offset of its name), gathered while reading; turned into a
/// <see cref="SourceMap"/> of lines and columns in one sweep once the document has been read without error, so that
/// the validator's findings can be located in the JSON they came from.
/// </summary>
internal sealed class SourcePlaces
{
    // A report has about 250 members; one list, grown once at most.
    private readonly List<(JsonMember Member, int Offset)> places = new(256);

    internal void Add(JsonMember member, int offset) => places.Add((member, offset));

    /// <summary>Lines counted at "\n" and columns in characters, as <see cref="LocatedFindings"/> counts them.</summary>
    internal SourceMap Build(ReadOnlySpan<byte> document)
    {
        var map = new SourceMap();
        int position = 0, line = 1, column = 1;
        foreach (var (member, offset) in places)
        {
            // Members are read in document order, so the sweep only moves forward.
            for (var end = Math.Min(offset, document.Length); position < end; position++)
            {
                var b = document[position];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if (Utf8Text.StartsCharacter(b))
                {
                    column++;
                }
            }

            if (member.Cell is not null)
            {
                map.SetCell(member.Cell, line, column);
            }
            else if (member.Text is not null)
            {
                map.SetText(member.Text, line, column);
            }
            else
            {
                map.Set(member.Pointer, line, column);
            }
        }

        return map;
    }
}
