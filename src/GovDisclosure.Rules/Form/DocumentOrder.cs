using System;
using System.Collections.Generic;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// The one ordering of JSON Pointers by their place in the document, derived from <see cref="ReportForm"/>: the header,
/// the agency and preamble, then each section in turn with its texts, its rows and its cells (by <see cref="FormCell.Index"/>),
/// then <c>/extensions</c>. A pointer the form does not know sorts just after its nearest known ancestor; one with no known
/// ancestor but the document itself sorts last.
/// </summary>
internal static class DocumentOrder
{
    /// <summary>The pointer of the report year, a header member outside the sections of the form.</summary>
    internal const string Year = "/year";

    // The two header members are not part of any section of the form; everything else comes from ReportForm.
    private static readonly string[] Header = ["/formatVersion", Year];
    private const string Extensions = "/extensions";

    private static readonly Dictionary<string, int> Positions = Build();

    /// <summary>
    /// The sort key of a pointer: even for a pointer of the form, odd (just after its ancestor) for a pointer below one,
    /// <see cref="int.MaxValue"/> for any other.
    /// </summary>
    internal static int Position(string pointer)
    {
        if (Positions.TryGetValue(pointer, out var position))
        {
            return position * 2;
        }

        // The nearest known ancestor below the document itself: an unknown top-level member goes last.
        for (var end = pointer.LastIndexOf('/'); end > 0; end = pointer.LastIndexOf('/', end - 1))
        {
            if (Positions.TryGetValue(pointer.Substring(0, end), out position))
            {
                return (position * 2) + 1;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Orders findings by the position of their primary pointer, then rule ID, then pointer.</summary>
    internal static int Compare(Finding x, Finding y)
    {
        var byPosition = Position(x.Path).CompareTo(Position(y.Path));
        if (byPosition != 0)
        {
            return byPosition;
        }

        var byRule = string.CompareOrdinal(x.RuleId, y.RuleId);
        return byRule != 0 ? byRule : string.CompareOrdinal(x.Path, y.Path);
    }

    private static Dictionary<string, int> Build()
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string pointer)
        {
            // Ancestors first: /applications/outcomes precedes /applications/outcomes/disclosed.
            var parent = pointer.LastIndexOf('/');
            if (parent > 0)
            {
                Add(pointer.Substring(0, parent));
            }

            if (!positions.ContainsKey(pointer))
            {
                positions.Add(pointer, positions.Count);
            }
        }

        Add("");
        foreach (var pointer in Header)
        {
            Add(pointer);
        }

        foreach (var text in ReportForm.Texts)
        {
            if (SectionOf(text) is null)
            {
                Add(text.Pointer);
            }
        }

        foreach (var section in ReportForm.Sections)
        {
            Add(section.Pointer);
            foreach (var text in ReportForm.Texts)
            {
                if (SectionOf(text) == section)
                {
                    Add(text.Pointer);
                }
            }

            if (section.Table is { } table)
            {
                foreach (var row in table.Rows)
                {
                    Add(row.Pointer);
                    foreach (var cell in row.Cells)
                    {
                        Add(cell.Pointer);
                    }
                }
            }
        }

        Add(Extensions);
        return positions;
    }

    private static FormSection? SectionOf(FormText text)
    {
        foreach (var section in ReportForm.Sections)
        {
            if (text.Pointer == section.Pointer || text.Pointer.StartsWith(section.Pointer + "/", StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }
}
