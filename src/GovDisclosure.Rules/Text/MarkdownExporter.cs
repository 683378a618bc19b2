using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Renders a report as Markdown for a preview: the title as # heading, sections as ##, the overview's sub-sections as ###,
/// paragraphs, and the tables as Markdown tables (the grids of <see cref="TableLayout"/>). Everything taken from the
/// report is escaped, so an upload cannot inject Markdown or HTML into the preview. A rendering, not a round trip.
/// </summary>
internal static class MarkdownExporter
{
    // ASCII punctuation that Markdown (CommonMark) may read as syntax; a backslash before any of them is a literal.
    private const string Special = "\\`*_[]<>|#~&!";

    internal static string Export(AnnualReport report)
    {
        var markdown = new StringBuilder();
        Block(markdown, "# " + EscapeBlock(TitleLine.Format(report.Agency.Name, report.Year)));
        var details = Details(report);
        if (details.Length > 0)
        {
            Block(markdown, EscapeBlock(details));
        }

        Paragraphs(markdown, report.Preamble);
        Block(markdown, "## " + Escape(ReportForm.OverviewSection.Title));
        Paragraphs(markdown, report.Overview.Summary);
        foreach (var topic in ReportForm.OverviewTopics)
        {
            if (topic.SubSection.GetText(report) is { } subSection)
            {
                Block(markdown, "### " + Escape(topic.Heading));
                Paragraphs(markdown, subSection);
            }
        }

        foreach (var table in ReportForm.Tables)
        {
            Block(markdown, "## " + Escape(table.Title));
            Block(markdown, Table(TableLayout.Grid(table, report)));
        }

        Block(markdown, "## " + Escape(ReportForm.ProblemsAndImprovementsSection.Title));
        Paragraphs(markdown, report.ProblemsAndImprovements);
        Block(markdown, "## " + Escape(ReportForm.OtherMattersSection.Title));
        Paragraphs(markdown, report.OtherMatters);
        return markdown.ToString();
    }

    /// <summary>The agency's details when the lead-in does not state them as they are, as 联系地址：…；联系电话：…；网址：….</summary>
    private static string Details(AnnualReport report)
    {
        var stated = ContactDetails.Extract(report.Preamble);
        var members = ContactDetails.Members;
        if (Enumerable.Range(0, members.Count).All(m => members[m].GetText(report) == stated[m]))
        {
            return "";
        }

        return string.Join("；", members.Where(m => m.GetText(report) is not null).Select(m => m.Label + "：" + m.GetText(report)));
    }

    private static string Table(IReadOnlyList<string[]> grid)
    {
        var table = new StringBuilder();
        for (var r = 0; r < grid.Count; r++)
        {
            table.Append('|').Append(string.Concat(grid[r].Select(cell => " " + Escape(cell) + " |"))).Append('\n');
            if (r == 0)
            {
                table.Append('|').Append(string.Concat(grid[r].Select(_ => " --- |"))).Append('\n');
            }
        }

        return table.ToString().TrimEnd('\n');
    }

    private static void Paragraphs(StringBuilder markdown, string? prose)
    {
        if (string.IsNullOrEmpty(prose))
        {
            return;
        }

        foreach (var paragraph in prose!.Split('\n'))
        {
            var escaped = EscapeBlock(paragraph);
            if (escaped.Length > 0)
            {
                Block(markdown, escaped);
            }
        }
    }

    private static void Block(StringBuilder markdown, string block) => markdown.Append(block).Append("\n\n");

    /// <summary>
    /// Escapes the text of a block (a paragraph or a heading): as <see cref="Escape"/>, and a leading list or rule mark
    /// gets a backslash too.
    /// </summary>
    private static string EscapeBlock(string text)
    {
        var escaped = Escape(text);
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        // "1. " or "1) " would open an ordered list.
        var digits = 0;
        while (digits < escaped.Length && Wording.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')' ? escaped.Insert(digits, "\\") : escaped;
    }

    /// <summary>
    /// Escapes text for Markdown: control characters become spaces, edge white space goes (it would make code blocks),
    /// and ASCII punctuation Markdown reads as syntax gets a backslash.
    /// </summary>
    private static string Escape(string text)
    {
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.IndexOf(c) >= 0)
            {
                line.Append('\\');
            }

            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return line.ToString().Trim();
    }
}
