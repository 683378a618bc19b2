using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>What an edit does to a document's bytes.</summary>
public enum ByteEditKind
{
    /// <summary>Replaces the byte at the place.</summary>
    Replace,

    /// <summary>Inserts a byte before the place.</summary>
    Insert,

    /// <summary>Deletes the byte at the place.</summary>
    Delete,
}

/// <summary>One edit of a document's bytes; the place is taken modulo the document's length when applied.</summary>
public readonly record struct ByteEdit(ByteEditKind Kind, int Place, byte Value);

/// <summary>A few edits of a document's bytes, applied one after the other: the mutations that hostile input is made of.</summary>
public sealed record ByteEdits(IReadOnlyList<ByteEdit> Edits)
{
    // Bytes that matter to JSON and to UTF-8, chosen more often than the others so that edits reach the reader's every branch.
    private static readonly byte[] Telling = "{}[]\",:\\/-+.0123456789eEtfnu \n"u8.ToArray().Concat(new byte[] { 0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE5, 0xED, 0xEF, 0xF0, 0xF4, 0xFF }).ToArray();

    private static readonly Gen<ByteEdit> Edit =
        from kind in Gen.Elements(ByteEditKind.Replace, ByteEditKind.Insert, ByteEditKind.Delete)
        from place in Gen.Choose(0, int.MaxValue)
        from value in Gen.Frequency((3, Gen.Elements(Telling)), (1, Gen.Choose(0, 255).Select(b => (byte)b)))
        select new ByteEdit(kind, place, value);

    /// <summary>One to eight edits.</summary>
    public static Arbitrary<ByteEdits> Any() =>
        Arb.From(from count in Gen.Choose(1, 8)
                 from edits in Edit.ArrayOf(count)
                 select new ByteEdits(edits));

    /// <summary>The document with every edit applied.</summary>
    public byte[] ApplyTo(byte[] document)
    {
        var bytes = new List<byte>(document);
        foreach (var edit in Edits)
        {
            var at = edit.Place % (bytes.Count + 1);
            switch (edit.Kind)
            {
                case ByteEditKind.Insert:
                    bytes.Insert(at, edit.Value);
                    break;
                case ByteEditKind.Replace when at < bytes.Count:
                    bytes[at] = edit.Value;
                    break;
                case ByteEditKind.Delete when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Edits.Select(e => $"{e.Kind} 0x{e.Value:X2} at {e.Place}"));
}
