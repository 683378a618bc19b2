using System;
using System.Collections.Generic;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Findings gathered while reading, each held with the byte offset it points at; lines and columns are worked out once,
/// in one sweep over the document, when reading is over.
/// </summary>
internal sealed class LocatedFindings
{
    private readonly List<Pending> items = [];

    /// <summary>How many findings there are.</summary>
    internal int Count => items.Count;

    /// <summary>Adds an error of a GDJ rule at a byte offset.</summary>
    internal void Add(RuleDescriptor rule, string path, int offset, MessageLanguage language, object?[] arguments) =>
        items.Add(new Pending(offset, items.Count, rule.Find(language, path, arguments)));

    /// <summary>The findings in document order, located as <see cref="SourceCursor"/> locates.</summary>
    internal IReadOnlyList<Finding> Locate(ReadOnlySpan<byte> document)
    {
        items.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Order.CompareTo(b.Order));
        var located = new Finding[items.Count];
        var cursor = default(SourceCursor);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            cursor.MoveTo(document, item.Offset);
            located[i] = item.Finding.WithLocation(cursor.Line, cursor.Column);
        }

        return located;
    }

    private readonly record struct Pending(int Offset, int Order, Finding Finding);
}
