using System.Text;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Gathers lines into paragraphs. A plain line that does not end a sentence (<see cref="Wording.EndsSentence"/>) was
/// broken by the extraction: the next plain line — even across blank lines — continues it, with nothing put between.
/// Headings, directives and quoted lines end the paragraph.
/// </summary>
internal sealed class ProseReader
{
    private StringBuilder? open;
    private bool openEndsSentence;

    internal ProseReader(ProseText target) => Target = target;

    /// <summary>The member the paragraphs go to.</summary>
    internal ProseText Target { get; private set; }

    /// <summary>Sends the following paragraphs to another member.</summary>
    internal void SwitchTo(ProseText target)
    {
        Close();
        Target = target;
    }

    /// <summary>Reads a plain line (trimmed, not empty) at a place in the source.</summary>
    internal void AddLine(string line, SourcePlace place)
    {
        Target.StartsAt(place);
        if (open is not null && !openEndsSentence)
        {
            open.Append(line);
        }
        else
        {
            Close();
            open = new StringBuilder(line);
        }

        openEndsSentence = Wording.EndsSentence(line);
    }

    /// <summary>Reads a whole paragraph (a quoted line) at a place in the source.</summary>
    internal void AddParagraph(string paragraph, SourcePlace place)
    {
        Target.StartsAt(place);
        Close();
        Target.Add(paragraph);
    }

    /// <summary>Ends the open paragraph.</summary>
    internal void Close()
    {
        if (open is not null)
        {
            Target.Add(open.ToString());
            open = null;
        }
    }
}
