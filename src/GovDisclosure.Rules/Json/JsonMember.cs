using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>What kind of value a member of the JSON document holds.</summary>
internal enum JsonMemberKind
{
    /// <summary>An object whose members are listed in <see cref="JsonMember.Members"/>.</summary>
    Object,

    /// <summary>A table cell holding a count.</summary>
    Count,

    /// <summary>A table cell holding an amount.</summary>
    Amount,

    /// <summary>A text member of <see cref="ReportForm.Texts"/>.</summary>
    Text,

    /// <summary><c>year</c>.</summary>
    Year,

    /// <summary><c>formatVersion</c>.</summary>
    FormatVersion,

    /// <summary><c>$schema</c>.</summary>
    SchemaReference,

    /// <summary><c>extensions</c>: any object, kept as it is.</summary>
    Extensions,
}

/// <summary>
/// One member of the JSON document, derived from <see cref="ReportForm"/>: its name, pointer, labels, and what it holds.
/// The reader, the writer and the schema all walk the same tree.
/// </summary>
internal sealed class JsonMember : IWorded
{
    private readonly List<JsonMember> children = [];

    internal JsonMember(string name, string pointer, JsonMemberKind kind, bool required, string title, string label, string englishLabel)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        EncodedName = JsonEncodedText.Encode(name, JsonText.Encoder);
        Pointer = pointer;
        Kind = kind;
        Required = required;
        Title = title;
        Label = label;
        EnglishLabel = englishLabel;
    }

    /// <summary>The member name.</summary>
    internal string Name { get; }

    /// <summary>The member name as UTF-8, to match names without decoding them.</summary>
    internal byte[] Utf8Name { get; }

    /// <summary>The member name, encoded once for writing.</summary>
    internal JsonEncodedText EncodedName { get; }

    /// <summary>The member's JSON Pointer.</summary>
    internal string Pointer { get; }

    /// <summary>What the member holds.</summary>
    internal JsonMemberKind Kind { get; }

    /// <summary>Whether the member must be present.</summary>
    internal bool Required { get; }

    /// <summary>The Chinese title where the member stands (the schema's <c>title</c>).</summary>
    internal string Title { get; }

    /// <summary>The full Chinese label, for messages.</summary>
    internal string Label { get; }

    /// <summary>The English label.</summary>
    internal string EnglishLabel { get; }

    /// <summary>The cell, for <see cref="JsonMemberKind.Count"/> and <see cref="JsonMemberKind.Amount"/>.</summary>
    internal FormCell? Cell { get; init; }

    /// <summary>The text, for <see cref="JsonMemberKind.Text"/>.</summary>
    internal FormText? Text { get; init; }

    /// <summary>The table row, for an object that is one row.</summary>
    internal FormRow? Row { get; init; }

    /// <summary>The members of an object, in canonical order.</summary>
    internal JsonMember[] Members { get; private set; } = [];

    /// <summary>One bit per required member, by position in <see cref="Members"/>.</summary>
    internal ulong RequiredMask { get; private set; }

    /// <summary>The member's position in the whole tree, in canonical document order (the root is 0).</summary>
    internal int Ordinal { get; private set; }

    /// <summary>The label in a language.</summary>
    internal string LabelIn(MessageLanguage language) => MessageCatalog.For(language).Pick(Label, EnglishLabel);

    /// <summary>A member as a message argument: its label.</summary>
    string IWorded.In(MessageCatalog catalog) => catalog.Pick(Label, EnglishLabel);

    /// <summary>The member named <paramref name="name"/>, or null.</summary>
    internal JsonMember? Find(string name) => children.Find(c => c.Name == name);

    /// <summary>Adds a member while the tree is being built.</summary>
    internal JsonMember Add(JsonMember member)
    {
        children.Add(member);
        return member;
    }

    /// <summary>Fixes the members into arrays once the tree is complete, numbering them in document order.</summary>
    internal void Freeze(List<JsonMember> all)
    {
        // The reader keeps which members it has seen in one 64-bit mask per object.
        if (children.Count > 64)
        {
            throw new System.InvalidOperationException($"{Pointer}: more than 64 members");
        }

        Ordinal = all.Count;
        all.Add(this);
        Members = children.ToArray();
        RequiredMask = 0;
        for (var i = 0; i < Members.Length; i++)
        {
            Members[i].Freeze(all);
            if (Members[i].Required)
            {
                RequiredMask |= 1UL << i;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Pointer;
}
