using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>Orders findings as DESIGN.md asks: by document position (derived from the form), then by rule ID.</summary>
internal static class DocumentOrder
{
    private static readonly Dictionary<string, int> Positions = Build();

    /// <summary>Sorts findings by the position of their pointer in the document, then by rule ID, keeping ties in order.</summary>
    internal static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) =>
        findings.OrderBy(f => Position(f.Path)).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToArray();

    /// <summary>The position of a pointer: its own, or that of its nearest known ancestor; unknown pointers go last.</summary>
    internal static int Position(string pointer)
    {
        var p = pointer;
        while (true)
        {
            if (Positions.TryGetValue(p, out var position))
            {
                return position;
            }

            var slash = p.LastIndexOf('/');
            if (slash < 0)
            {
                return int.MaxValue;
            }

            p = p.Substring(0, slash);
        }
    }

    private static Dictionary<string, int> Build()
    {
        static bool Inside(string pointer, FormSection s) => pointer == s.Pointer || pointer.StartsWith(s.Pointer + "/", StringComparison.Ordinal);

        var pointers = new List<string> { "/formatVersion", "/year" };
        pointers.AddRange(ReportForm.Texts.Where(t => !ReportForm.Sections.Any(s => Inside(t.Pointer, s))).Select(t => t.Pointer));
        foreach (var section in ReportForm.Sections)
        {
            pointers.Add(section.Pointer);
            pointers.AddRange(section.Table is null
                ? ReportForm.Texts.Where(t => Inside(t.Pointer, section)).Select(t => t.Pointer)
                : section.Table.Rows.SelectMany(r => new[] { r.Pointer }.Concat(r.Cells.Select(c => c.Pointer))));
        }

        pointers.Add("/extensions");

        // The whole document first; every ancestor (/agency, /applications/outcomes/withheld) just before its first member.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        foreach (var pointer in pointers)
        {
            for (var slash = pointer.IndexOf('/', 1); slash > 0; slash = pointer.IndexOf('/', slash + 1))
            {
                var ancestor = pointer.Substring(0, slash);
                if (!positions.ContainsKey(ancestor))
                {
                    positions[ancestor] = positions.Count;
                }
            }

            if (!positions.ContainsKey(pointer))
            {
                positions[pointer] = positions.Count;
            }
        }

        return positions;
    }
}
