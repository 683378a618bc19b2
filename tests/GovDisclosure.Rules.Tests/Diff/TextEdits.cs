using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>What an edit does to a text.</summary>
public enum TextEditKind
{
    /// <summary>Replaces characters at the place with the text (a changed year or figure, a replaced word).</summary>
    Substitute,

    /// <summary>Inserts the text before the place.</summary>
    Insert,

    /// <summary>Deletes characters at the place.</summary>
    Delete,

    /// <summary>Moves characters from the place to another (a paragraph moved).</summary>
    Move,
}

/// <summary>One edit of a text; places are taken modulo the text's length when applied.</summary>
public readonly record struct TextEdit(TextEditKind Kind, int Place, int Length, int To, string Text);

/// <summary>A text and the same text after a few edits: last year's prose and this year's, written from it.</summary>
public sealed record EditedText(string Original, IReadOnlyList<TextEdit> Edits)
{
    /// <summary>
    /// Few characters, so that bigrams repeat, with white space of several kinds (ideographic, no-break, line breaks),
    /// digits, Chinese and the noncharacter U+FFFF that marks the ends of a padded text.
    /// </summary>
    public static readonly char[] Alphabet = "ab12政府公开。 \n\t\u3000\u00A0\uFFFF".ToCharArray();

    /// <summary>The edited text.</summary>
    public string Edited { get; } = Apply(Original, Edits);

    /// <summary>Texts over <see cref="Alphabet"/>, of any length the size allows.</summary>
    public static Gen<string> Text(int maxLength) =>
        from length in Gen.Choose(0, maxLength)
        from chars in Gen.Elements(Alphabet).ArrayOf(length)
        select new string(chars);

    /// <summary>A text of up to 300 characters and up to six edits of it, each of up to 12 characters.</summary>
    public static Arbitrary<EditedText> Any() => Arb.From(
        from original in Text(300)
        from count in Gen.Choose(0, 6)
        from edits in Edit.ArrayOf(count)
        select new EditedText(original, edits));

    /// <summary>The text with every edit applied, one after the other.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        foreach (var edit in edits)
        {
            var at = edit.Place % (text.Length + 1);
            var length = Math.Min(edit.Length, text.Length - at);
            switch (edit.Kind)
            {
                case TextEditKind.Substitute:
                    text = text.Remove(at, length).Insert(at, edit.Text);
                    break;
                case TextEditKind.Insert:
                    text = text.Insert(at, edit.Text);
                    break;
                case TextEditKind.Delete:
                    text = text.Remove(at, length);
                    break;
                case TextEditKind.Move:
                    var moved = text.Substring(at, length);
                    var rest = text.Remove(at, length);
                    text = rest.Insert(edit.To % (rest.Length + 1), moved);
                    break;
            }
        }

        return text;
    }

    /// <inheritdoc/>
    public override string ToString() => $"\"{Escape(Original)}\" → \"{Escape(Edited)}\" ({string.Join(", ", Edits)})";

    private static readonly Gen<TextEdit> Edit =
        from kind in Gen.Elements(TextEditKind.Substitute, TextEditKind.Insert, TextEditKind.Delete, TextEditKind.Move)
        from place in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(0, 12)
        from to in Gen.Choose(0, int.MaxValue)
        from text in Text(12)
        select new TextEdit(kind, place, length, to, text);

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' && c < '\u4E00' || c == '\uFFFF' ? $"\\u{(int)c:X4}" : c.ToString()));
}
