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
}
