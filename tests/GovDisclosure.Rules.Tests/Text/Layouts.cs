using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Renders a report's canonical text in the layouts real reports are published in (as a browser copies an HTML table,
/// as a PDF viewer extracts text, as a mirror site converts it …), each written here from the layout's description.
/// The benchmarks compile this file too (TextLayoutBenchmarks: one benchmark a layout family).
/// </summary>
internal static partial class Layouts
{
    /// <summary>The lines of a text, and for each whether it is a line of a table (it holds tabs).</summary>
    private static IEnumerable<(string Line, string[]? Cells)> Lines(string text) =>
        text.Split('\n').Select(l => (l, l.IndexOf('\t') >= 0 ? l.Split('\t') : null));

    private static int FirstFigure(string[] cells) => Array.FindIndex(cells, c => c.Length > 0 && (char.IsDigit(c[0]) || c == "—"));

    /// <summary>
    /// One cell a line, as a browser copies an HTML table (merged label and header cells once, so no padding cells):
    /// with pipes, each row opened by a lone |, each cell ending “ |”, padded, runs of empty figure cells as “| |||”,
    /// blank lines between cells; without pipes, each non-empty cell on its own line.
    /// </summary>
    internal static string OneCellPerLine(string text, bool pipes)
    {
        var output = new StringBuilder();
        foreach (var (line, cells) in Lines(text))
        {
            if (cells is null)
            {
                output.Append(line).Append('\n');
                continue;
            }

            var first = FirstFigure(cells);
            var labels = cells.Take(first < 0 ? cells.Length : first).Where(c => c.Length > 0);
            var figures = first < 0 ? [] : cells.Skip(first).Reverse().SkipWhile(c => c.Length == 0).Reverse().ToArray();
            if (pipes)
            {
                output.Append("|\n");
            }

            foreach (var label in labels)
            {
                output.Append(pipes ? label + " |\n\n" : label + "\n");
            }

            for (var i = 0; i < figures.Length; i++)
            {
                if (figures[i].Length > 0)
                {
                    output.Append(pipes ? " " + figures[i] + "  | \n\n" : figures[i] + "\n");
                    continue;
                }

                var run = 1;
                while (i + run < figures.Length && figures[i + run].Length == 0)
                {
                    run++;
                }

                output.Append(pipes ? "| " + new string('|', run) + "\n" : "");
                i += run - 1;
            }
        }

        return output.ToString();
    }

    /// <summary>Text extracted from a PDF: cells separated by single spaces, the last header cell of each header line split over two lines.</summary>
    internal static string PdfText(string text)
    {
        var output = new StringBuilder();
        foreach (var (line, cells) in Lines(text))
        {
            if (cells is null)
            {
                output.Append(line).Append('\n');
                continue;
            }

            var filled = cells.Where(c => c.Length > 0).ToArray();
            if (FirstFigure(cells) < 0 && filled.Length > 1 && filled[^1].Length >= 4)
            {
                var last = filled[^1];
                output.Append(string.Join(" ", filled.Take(filled.Length - 1).Append(last.Substring(0, last.Length / 2)))).Append('\n');
                output.Append(last.Substring(last.Length / 2)).Append('\n');
                continue;
            }

            output.Append(string.Join(" ", filled)).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>Every figure cell that <paramref name="blank"/> picks (by its place among all figure cells) written as nothing.</summary>
    internal static string BlankZeros(string text, Func<int, bool> blank)
    {
        var index = 0;
        return string.Join("\n", Lines(text).Select(l =>
        {
            if (l.Cells is null || FirstFigure(l.Cells) is var first && first < 0)
            {
                return l.Line;
            }

            return string.Join("\t", l.Cells.Select((c, i) => i >= first && c == "0" && blank(index++) ? "" : c));
        }));
    }

    /// <summary>
    /// In a text of one cell a line, every zero figure that <paramref name="blank"/> picks (by its place among the zero
    /// lines) written as an empty cell: “| |” with pipes, nothing without (the page dropped its empty cells).
    /// </summary>
    internal static string BlankOneCellZeros(string text, Func<int, bool> blank)
    {
        var index = 0;
        return string.Join("\n", text.Split('\n').Select(l => l is " 0  | " or "0" && blank(index++) ? (l == "0" ? "" : "| |") : l));
    }

    // Simplified → traditional, as a mirror site converts a page character by character (written for the tests from the
    // standard conversion of the characters in the headings, labels and titles).
    private const string ToTraditional = "总總体體况況动動开開关關门門务務请請处處结結门門议議诉訴讼訟这這类類复復审審属屬废廢权權费費转轉过過项項须須题題额額数數现現电電监監确確称稱稳穩系係纠糾纳納组組织織经經继繼续續维維缴繳网網罚罰联聯范範获獲补補规規计計认認许許设設访訪话話询詢机機条條构構没沒无無报報执執护護强強当當发發单單区區办辦决決内內会會业業为為举舉万萬县縣运運输輸间間问問应應对對时時与與从從长長书書号號达達负負责責实實际際历歷国國";

    /// <summary>The text as a mirror site converts it: every character with a traditional form written in it.</summary>
    internal static string Traditional(string text)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < ToTraditional.Length; i += 2)
        {
            map[ToTraditional[i]] = ToTraditional[i + 1];
        }

        return new string(text.Select(c => map.TryGetValue(c, out var t) ? t : c).ToArray());
    }

    /// <summary>Only the headings and the table lines converted (<see cref="Traditional"/>), the prose left as it is.</summary>
    internal static string TraditionalHeadingsAndLabels(string text) =>
        string.Join("\n", text.Split('\n').Select(l => l.IndexOf('\t') >= 0 || Headings.IsHeading(l) ? Traditional(l) : l));

    /// <summary>The sections numbered 1、 2. 3． 4 五 六、 (Arabic numerals, with and without the mark after them).</summary>
    internal static string ArabicNumbering(string text)
    {
        var marks = new[] { "1、", "2.", "3．", "4", "五", "6、" };
        var numerals = "一二三四五六";
        return string.Join("\n", text.Split('\n').Select(l =>
            l.Length > 2 && numerals.IndexOf(l[0]) is var n && n >= 0 && l[1] == '、' && l.IndexOf('\t') < 0 && Headings.IsHeading(l) ? marks[n] + l.Substring(2) : l));
    }

    /// <summary>Site chrome and a breadcrumb above the title.</summary>
    internal static string UnderBreadcrumb(string text) =>
        "首页 | 政务公开 | 信息公开\n当前位置：首页 > 政务公开 > 政府信息公开年度报告 >\n字号：大 中 小　打印本页\n\n" + text;
    /// <summary>A PDF viewer's page prefix in front of the title line (the first line of the text).</summary>
    internal static string ViewerPrefix(string text) => "Page 1 - " + text;

    /// <summary>
    /// Every section heading run together with the line of prose after it (“一、总体情况2023 年，本局…”), as a page that lost
    /// its paragraph breaks gives it; a heading followed by a table or another heading stays on its own line.
    /// </summary>
    internal static string RunTogetherHeadings(string text)
    {
        var lines = text.Split('\n').ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IndexOf('\t') >= 0 || Headings.SectionOf(lines[i]) is null)
            {
                continue;
            }

            var next = i + 1;
            while (next < lines.Count && lines[next].Trim().Length == 0)
            {
                next++;
            }

            if (next < lines.Count && lines[next].IndexOf('\t') < 0 && !Headings.IsHeading(lines[next]))
            {
                lines[i] += lines[next];
                lines.RemoveRange(i + 1, next - i);
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// Table A as a 2019 report prints it (written for the tests): licensing 7 → 9 projects, 31 decisions; punishment 52;
    /// compulsion blank (0, GDT003); the 2019 rows the 2021 form lacks (其他对外管理服务事项, 政府集中采购) among them.
    /// </summary>
    internal const string Table2019 =
        "第二十条第（一）项\t\t\t\n" +
        "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n" +
        "规章\t0\t0\t3\n" +
        "规范性文件\t5\t5\t41\n" +
        "第二十条第（五）项\t\t\t\n" +
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n" +
        "行政许可\t7\t2\t31\n" +
        "其他对外管理服务事项\t4\t0\t12\n" +
        "第二十条第（六）项\t\t\t\n" +
        "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n" +
        "行政处罚\t18\t-1\t52\n" +
        "行政强制\t2\t0\t\n" +
        "第二十条第（八）项\t\t\t\n" +
        "信息内容\t上一年项目数量\t本年增/减\t\n" +
        "行政事业性收费\t3\t0\t\n" +
        "第二十条第（九）项\t\t\t\n" +
        "信息内容\t采购项目数量\t采购总金额\t\n" +
        "政府集中采购\t6\t120.5\t\n";

    /// <summary>A canonical text with its table A replaced by <paramref name="tableA"/> (by default <see cref="Table2019"/>).</summary>
    internal static string WithTableA(string canonical, string tableA = Table2019)
    {
        var start = canonical.IndexOf("第二十条第（一）项", StringComparison.Ordinal);
        var end = canonical.IndexOf("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal);
        return canonical.Substring(0, start) + tableA + "\n" + canonical.Substring(end);
    }
}
