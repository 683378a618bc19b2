using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Renders a report's canonical text in the layouts real reports are published in (as a browser copies an HTML table,
/// as a PDF viewer extracts text, as a mirror site converts it …), each written here from the layout's description.
/// </summary>
internal static class Layouts
{
    /// <summary>A fictitious report written for the layout tests: every figure different from its neighbours, zeros among them.</summary>
    internal static AnnualReport Fixture
    {
        get
        {
            var seed = PublishedText.Import(SeedText.Text).Report!;
            var counts = ReportForm.Cells.Select(c => (long)((c.Index * 37 % 11) + (c.Index % 3 == 0 ? 0 : c.Index * 10))).ToArray();
            var report = ReportForm.WithFigures(seed, counts, 12.5m);
            return report with
            {
                Year = 2023,
                Agency = new Agency("青溪县交通运输局") { Address = "青溪县河滨路 8 号", Phone = "0571-5555010" },
                Preamble = "本报告依据《条例》编制。联系地址：青溪县河滨路 8 号，联系电话：0571-5555010。",
                ProblemsAndImprovements = "2023 年，本局政府信息公开工作仍存在栏目更新不及时的问题，下一步将建立更新台账。",
                OtherMatters = "本局 2023 年未收取信息处理费。",
            };
        }
    }

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
}
