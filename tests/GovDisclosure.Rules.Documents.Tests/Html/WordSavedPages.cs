using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Documents.Export;

namespace GovDisclosure.Rules.Documents.Tests.Html;

/// <summary>
/// Writes text lines as the kinds of page agencies publish: Word's "save as web page" markup (MsoNormal paragraphs,
/// spans, &lt;o:p&gt;, conditional comments, &amp;nbsp;), wrapped in a portal page with its navigation, breadcrumb,
/// sidebar, scripts, styles and footer, the article inside a layout table. A line with tabs is a table row.
/// </summary>
internal static class WordSavedPages
{
    internal static string Article(IEnumerable<string> lines)
    {
        var html = new StringBuilder();
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.Contains('\t'))
            {
                if (!inTable)
                {
                    html.Append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n");
                    inTable = true;
                }

                html.Append(" <tr style='height:15.0pt'>\n");
                foreach (var cell in line.Split('\t'))
                {
                    html.Append("  <td width=80 valign=top style='border:solid windowtext 1.0pt'>\n  <p class=MsoNormal align=center><span style='font-family:仿宋_GB2312'>")
                        .Append(Pieces(cell))
                        .Append("<o:p>&nbsp;</o:p></span></p>\n  </td>\n");
                }

                html.Append(" </tr>\n");
                continue;
            }

            if (inTable)
            {
                html.Append("</table>\n");
                inTable = false;
            }

            if (line.Trim().Length == 0)
            {
                html.Append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n");
                continue;
            }

            html.Append("<p class=MsoNormal style='text-indent:32.0pt'><span lang=EN-US style='font-size:16.0pt'>")
                .Append(Pieces(line)).Append("</span><span lang=EN-US><o:p></o:p></span></p>\n");
        }

        if (inTable)
        {
            html.Append("</table>\n");
        }

        return html.ToString();
    }

    /// <summary>A whole portal page around an article.</summary>
    internal static string Portal(string article) =>
        "<!DOCTYPE html>\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta charset=\"gbk\">\n<title>政府信息公开年报</title>\n"
        + "<style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style>\n<script>var menu = '<p>一、总体情况</p>';</script>\n"
        + "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->\n</head>\n<body>\n"
        + "<div class=\"top-header\"><div class=\"logo\">某某市人民政府门户网站</div></div>\n"
        + "<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul></nav>\n"
        + "<div class=\"breadcrumb\">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n"
        + "<table width=\"100%\" class=\"layout\"><tr>\n<td class=\"sidebar-left\" width=\"200\"><ul><li>政府信息公开指南</li><li>2022 年政府信息公开工作年度报告</li></ul></td>\n"
        + "<td class=\"main\">\n<div class=\"article\">\n<div class=\"info\">发布时间：2023-01-20 来源：本网</div>\n"
        + article
        + "<div class=\"share\">分享到：微信 微博</div>\n</div>\n</td></tr></table>\n"
        + "<div class=\"related\"><p>相关链接</p></div>\n"
        + "<footer><p>主办单位：某某市人民政府办公厅</p></footer>\n<div id=\"footer\">网站标识码 2301000001</div>\n"
        + "<script>document.write('<p>六、其他需要报告的事项</p>');</script>\n</body>\n</html>\n";

    /// <summary>A text cut into runs the way Word cuts it: a figure's digits in separate spans, spaces as &amp;nbsp;.</summary>
    private static string Pieces(string text)
    {
        if (text.Length == 0)
        {
            return "";
        }

        var escaped = text.Select(c => HtmlWriter.Escape(c.ToString()).Replace(" ", "&nbsp;")).ToArray();
        var cut = escaped.Length / 2;
        return "<span>" + string.Concat(escaped.Take(cut)) + "</span><span style='color:black'>" + string.Concat(escaped.Skip(cut)) + "</span>";
    }
}
