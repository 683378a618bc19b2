using System.Text;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// Collects the text of one paragraph or cell as a browser shows it: runs of markup white space collapse to one space
/// and the edges are trimmed, while a no-break space (<c>&amp;nbsp;</c>) stays a space of its own, as the page shows it.
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder text = new();
    private bool pendingSpace;

    /// <summary>Whether any visible character has been added.</summary>
    internal bool HasText => text.Length > 0;

    /// <summary>Adds the data of a text node.</summary>
    internal void Add(string data)
    {
        DocumentWork.Add(data.Length);
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c == '\u00A0' ? ' ' : c);
        }
    }

    /// <summary>Adds a hard break between paragraphs of a cell.</summary>
    internal void Break()
    {
        pendingSpace = false;
        if (text.Length > 0 && text[text.Length - 1] != '\n')
        {
            text.Append('\n');
        }
    }

    /// <summary>Takes the text collected and starts afresh.</summary>
    internal string Take()
    {
        var result = text.ToString().TrimEnd('\n');
        text.Clear();
        pendingSpace = false;
        return result;
    }
}
