using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Writes the canonical text of a report, in the layout of a published one, such that the importer reads back exactly
/// the same report. How each member is written:
/// <list type="bullet">
/// <item>agency and year — the title line “{agency} {year} 年政府信息公开工作年度报告”, or a <c>\@title</c> directive when that line
/// would not read back as them;</item>
/// <item>address, phone, website — nothing when the lead-in states them as they are; else a <c>\@address</c> (…) directive,
/// its value quoted or <c>null</c>;</item>
/// <item>preamble — its paragraphs after the title (null: none; "": one empty quoted paragraph);</item>
/// <item>overview, 五, 六 — the heading, then the paragraphs; "" is a heading with no paragraph;</item>
/// <item>the overview's sub-sections — null: no sub-heading; "": the sub-heading alone;</item>
/// <item>each paragraph — plain when it reads back as itself, else quoted (see <see cref="EscapedLine"/>);</item>
/// <item>the tables — tab-separated grids (<see cref="TableLayout"/>);</item>
/// <item>extensions — a <c>\@extensions</c> directive holding the compact JSON.</item>
/// </list>
/// </summary>
internal static class TextExporter
{
    internal static string Export(AnnualReport report)
    {
        var text = new StringBuilder();
        var title = TitleLine.Format(report.Agency.Name, report.Year);
        Line(text, TitleLine.ReadsAs(title, report.Agency.Name, report.Year) ? title : TitleLine.Directive(report.Agency.Name, report.Year));
        text.Append('\n');

        var directives = Directives(report);
        if (directives.Length > 0)
        {
            text.Append(directives).Append('\n');
        }

        if (report.Preamble == "")
        {
            Line(text, EscapedLine.Quote("")).Append('\n');
        }

        Paragraphs(text, report.Preamble);
        Heading(text, ReportForm.OverviewSection.Title);
        Paragraphs(text, report.Overview.Summary);
        foreach (var topic in ReportForm.OverviewTopics)
        {
            if (topic.SubSection.GetText(report) is { } subSection)
            {
                Heading(text, topic.Heading);
                Paragraphs(text, subSection);
            }
        }

        foreach (var table in ReportForm.Tables)
        {
            Heading(text, table.Title);
            foreach (var cells in TableLayout.Grid(table, report))
            {
                Line(text, string.Join("\t", cells));
            }

            text.Append('\n');
        }

        Heading(text, ReportForm.ProblemsAndImprovementsSection.Title);
        Paragraphs(text, report.ProblemsAndImprovements);
        Heading(text, ReportForm.OtherMattersSection.Title);
        Paragraphs(text, report.OtherMatters);
        return text.ToString();
    }

    /// <summary>
    /// Whether a paragraph, written as it is, reads back as itself: not empty, no edge white space, nothing
    /// <see cref="EscapedLine.IsPlainSafe"/> forbids, no leading backslash, not a heading, and — unless nothing but a
    /// heading can follow it — ending a sentence, so that the next paragraph is not taken for its continuation.
    /// </summary>
    internal static bool IsPlain(string paragraph, bool last) =>
        paragraph.Length > 0 && paragraph.Trim().Length == paragraph.Length && EscapedLine.IsPlainSafe(paragraph)
        && paragraph[0] != '\\' && !Headings.IsHeading(paragraph) && (last || Wording.EndsSentence(paragraph));

    private static string Directives(AnnualReport report)
    {
        var lines = new StringBuilder();
        var stated = ContactDetails.Extract(report.Preamble);
        for (var m = 0; m < ContactDetails.Members.Count; m++)
        {
            var member = ContactDetails.Members[m];
            var value = member.GetText(report);
            if (value != stated[m])
            {
                Line(lines, EscapedLine.Directive(member.JsonName, EscapedLine.Value(value)));
            }
        }

        if (report.Extensions is { } extensions)
        {
            Line(lines, EscapedLine.Directive(BlockMatcher.ExtensionsDirective, extensions.Json));
        }

        return lines.ToString();
    }

    private static void Heading(StringBuilder text, string heading) => Line(text, heading).Append('\n');

    private static void Paragraphs(StringBuilder text, string? prose)
    {
        if (string.IsNullOrEmpty(prose))
        {
            return;
        }

        var paragraphs = prose!.Split('\n');
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            Line(text, IsPlain(paragraph, i == paragraphs.Length - 1) ? paragraph : EscapedLine.Quote(paragraph)).Append('\n');
        }
    }

    private static StringBuilder Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
