using System.Collections.Generic;

namespace GovDisclosure.Rules.Text;

/// <summary>The paragraphs of one text member (preamble, overview, a sub-section, 五 or 六) as they are read.</summary>
internal sealed class ProseText
{
    private readonly List<string> paragraphs = [];

    /// <summary>Whether the member appeared: its heading was seen, or (for the preamble) it has a paragraph.</summary>
    internal bool IsPresent { get; set; }

    /// <summary>Where the member starts: its heading, or its first paragraph; null while unseen.</summary>
    internal SourcePlace? Place { get; private set; }

    /// <summary>Notes that the member starts at a place, unless it started earlier.</summary>
    internal void StartsAt(SourcePlace place) => Place ??= place;

    internal void Add(string paragraph)
    {
        paragraphs.Add(paragraph);
        IsPresent = true;
    }

    /// <summary>The paragraphs joined by "\n"; "" when there are none.</summary>
    internal string Text => string.Join("\n", paragraphs);

    /// <summary>The text, or null when the member never appeared.</summary>
    internal string? TextIfPresent => IsPresent ? Text : null;
}
