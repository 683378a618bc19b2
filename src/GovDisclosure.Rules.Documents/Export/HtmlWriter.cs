using System.Linq;
using System.Text;

namespace GovDisclosure.Rules.Documents.Export;

/// <summary>
/// Writes the official template as an HTML fragment a portal can publish inside its own page: the title as h1, the
/// headings as h2, the prose as p, the tables with colspan and rowspan. Text is escaped; a space a browser would collapse
/// (at an edge, or in a run) is written as a no-break space, so that the page shows — and reads back as — the text itself.
/// </summary>
internal static class HtmlWriter
{
    internal static string Write(AnnualReport report)
    {
        var html = new StringBuilder("<div class=\"gov-disclosure-report\">\n");
        foreach (var part in TemplateLayout.Parts(report))
        {
            if (part.Rows is { } rows)
            {
                Table(html, rows);
                continue;
            }

            var tag = part.Style switch { TemplateStyle.Title => "h1", TemplateStyle.Heading => "h2", _ => "p" };
            html.Append('<').Append(tag).Append('>').Append(Escape(part.Text!)).Append("</").Append(tag).Append(">\n");
        }

        return html.Append("</div>\n").ToString();
    }

    private static void Table(StringBuilder html, TemplateCell[][] rows)
    {
        html.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        for (var r = 0; r < rows.Length; r++)
        {
            html.Append("<tr>");
            foreach (var cell in rows[r].Where(c => !c.MergesUp))
            {
                var down = 1;
                while (r + down < rows.Length && rows[r + down].Any(c => c.Column == cell.Column && c.MergesUp))
                {
                    down++;
                }

                html.Append("<td");
                if (cell.Span > 1)
                {
                    html.Append(" colspan=\"").Append(cell.Span).Append('"');
                }

                if (down > 1)
                {
                    html.Append(" rowspan=\"").Append(down).Append('"');
                }

                html.Append('>').Append(Escape(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    /// <summary>HTML-escapes a text, writing each space a browser would collapse as &amp;nbsp;.</summary>
    internal static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                var kept = i > 0 && i + 1 < text.Length && text[i - 1] != ' ' && text[i + 1] != ' ';
                result.Append(kept ? " " : "&nbsp;");
            }
            else if (c == '\u00A0')
            {
                result.Append("&nbsp;");
            }
            else
            {
                result.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", _ => c.ToString() });
            }
        }

        return result.ToString();
    }
}
