using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// The tree of the JSON document (docs/format.md §4), built from <see cref="ReportForm"/>: every text and every cell is
/// placed by its pointer, the objects between them are labelled from the sections and rows. Only the few members that
/// the form does not describe — <c>$schema</c>, <c>formatVersion</c>, <c>year</c>, <c>agency</c>'s own label and
/// <c>extensions</c> — are named here.
/// </summary>
internal static class JsonShape
{
    internal const string SchemaMember = "$schema";
    internal const string FormatVersionMember = "formatVersion";
    internal const string YearMember = "year";
    internal const string ExtensionsMember = "extensions";
    private const string AgencyPointer = "/agency";

    /// <summary>The largest year the JSON form accepts (a four-digit calendar year).</summary>
    internal const int MaxYear = 9999;

    /// <summary>The Chinese name of the whole document.</summary>
    internal const string ReportTitle = "政府信息公开工作年度报告（2021 年格式）";

    /// <summary>The English name of the whole document.</summary>
    internal const string EnglishReportTitle = "Annual report on government-information disclosure (2021 format)";

    private static readonly List<JsonMember> Ordered = [];

    /// <summary>The document's root object.</summary>
    internal static JsonMember Root { get; } = Build();

    /// <summary>Every member of the tree by <see cref="JsonMember.Ordinal"/>, the root first.</summary>
    internal static IReadOnlyList<JsonMember> All => Ordered;

    private static JsonMember Build()
    {
        var root = new JsonMember("", "", JsonMemberKind.Object, true, ReportTitle, "报告", "the report");
        root.Add(Header(SchemaMember, JsonMemberKind.SchemaReference, false, "JSON Schema 地址", "JSON Schema reference"));
        root.Add(Header(FormatVersionMember, JsonMemberKind.FormatVersion, true, "格式版本", "format version"));
        root.Add(Header(YearMember, JsonMemberKind.Year, true, "报告年度", "report year"));

        // The title block (agency, preamble) comes before the six sections; then each section in order.
        var sections = ReportForm.Sections;
        foreach (var text in ReportForm.Texts.Where(t => !sections.Any(s => Contains(s.Pointer, t.Pointer))))
        {
            Place(root, text.Pointer, Leaf(text));
        }

        foreach (var section in sections)
        {
            if (section.Table is { } table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    Place(root, cell.Pointer, Leaf(cell));
                }
            }
            else
            {
                foreach (var text in ReportForm.Texts.Where(t => Contains(section.Pointer, t.Pointer)))
                {
                    Place(root, text.Pointer, Leaf(text));
                }
            }
        }

        root.Add(Header(ExtensionsMember, JsonMemberKind.Extensions, false, "扩展内容", "extensions"));
        root.Freeze(Ordered);
        return root;
    }

    private static JsonMember Header(string name, JsonMemberKind kind, bool required, string label, string englishLabel) =>
        new(name, "/" + name, kind, required, label, label, englishLabel);

    private static JsonMember Leaf(FormText text) =>
        new(text.JsonName, text.Pointer, JsonMemberKind.Text, text.IsRequired, text.Label, text.Label, text.EnglishLabel) { Text = text };

    private static JsonMember Leaf(FormCell cell) =>
        new(cell.Column.JsonName, cell.Pointer, cell.Kind == CellKind.Count ? JsonMemberKind.Count : JsonMemberKind.Amount, true,
            cell.Column.Label, cell.Label, cell.EnglishLabel) { Cell = cell };

    private static bool Contains(string parent, string pointer) => pointer == parent || pointer.StartsWith(parent + "/", StringComparison.Ordinal);

    /// <summary>Puts a leaf at its pointer, creating the objects on the way.</summary>
    private static void Place(JsonMember root, string pointer, JsonMember leaf)
    {
        var parent = root;
        var segments = pointer.Substring(1).Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            parent = parent.Find(segments[i]) ?? parent.Add(ObjectAt(string.Concat(segments.Take(i + 1).Select(s => "/" + s))));
        }

        parent.Add(leaf);
    }

    /// <summary>Describes the object at a pointer from the section, row or row-header label that stands there.</summary>
    private static JsonMember ObjectAt(string pointer)
    {
        var name = pointer.Substring(pointer.LastIndexOf('/') + 1);
        if (pointer == AgencyPointer)
        {
            return new JsonMember(name, pointer, JsonMemberKind.Object, true, "报告机关", "报告机关", "agency");
        }

        if (ReportForm.Sections.FirstOrDefault(s => s.Pointer == pointer) is { } section)
        {
            return new JsonMember(name, pointer, JsonMemberKind.Object, true, section.Title, section.Title, section.EnglishHeading);
        }

        if (ReportForm.FindRow(pointer) is { } row)
        {
            return new JsonMember(name, pointer, JsonMemberKind.Object, true, row.QualifiedLabel,
                row.Table.Title + " › " + row.QualifiedLabel, row.Table.EnglishHeading + " › " + row.EnglishLabel) { Row = row };
        }

        // A group of rows, such as /applications/outcomes/withheld: its label is the row-header label printed at its level.
        var inner = ReportForm.Rows.First(r => r.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal));
        var level = pointer.Substring(inner.Table.Pointer.Length).Count(c => c == '/');
        var rowLevels = inner.Pointer.Substring(inner.Table.Pointer.Length).Count(c => c == '/');
        if (inner.LabelPath.Count != rowLevels)
        {
            throw new InvalidOperationException($"{pointer}: the row labels of {inner.Pointer} do not match its pointer");
        }

        var title = inner.LabelPath[level - 1];
        var englishPath = pointer.Substring(inner.Table.Pointer.Length + 1).Replace("/", " › ");
        return new JsonMember(name, pointer, JsonMemberKind.Object, true, title, inner.Table.Title + " › " + title,
            inner.Table.EnglishHeading + " › " + englishPath);
    }
}
