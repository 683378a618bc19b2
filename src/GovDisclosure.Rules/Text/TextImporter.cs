using System.Collections.Generic;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the published text of a report into blocks, one per line that is not blank or holds cells, and matches them to the form through
/// <see cref="BlockMatcher"/>: a line that holds cells (tabs or |) is a table row, its cells placed at their line and
/// column; any other line is a paragraph at its line. Deciding what a line means is the matcher's work, not this one's.
/// </summary>
internal static class TextImporter
{
    /// <summary>Imports text (see <see cref="PublishedText"/>).</summary>
    internal static LoadResult Import(string text, TextImportOptions options)
    {
        if (TextLimits.CheckSize(text, options) is { } tooLarge)
        {
            return tooLarge;
        }

        var lines = SourceLines.Split(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return TextLimits.CheckLines(lines, options) ?? BlockMatcher.Import(Blocks(lines), options.Language);
    }

    /// <summary>The blocks of a text.</summary>
    internal static List<ReportBlock> Blocks(string text) => Blocks(SourceLines.Split(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text));

    private static List<ReportBlock> Blocks(List<string> lines)
    {
        var blocks = new List<ReportBlock>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var holdsCells = TableLine.HoldsCells(line);
            if (!holdsCells && IsBlank(line))
            {
                continue;
            }

            // A line of tabs alone is a row of empty cells: table C with every figure blank.
            var number = i + 1;
            blocks.Add(holdsCells
                ? ReportBlock.LineOfCells(line, TableLine.CellsOf(line, number), SourcePlace.AtLine(number, 1))
                : ReportBlock.Paragraph(line, SourcePlace.AtLine(number, 1)));
        }

        return blocks;
    }

    /// <summary>The result of bytes that are not text.</summary>
    internal static LoadResult Refuse(TextDecoder.Refusal refusal, MessageLanguage language)
    {
        var diagnostics = new ImportDiagnostics(language);
        diagnostics.Add(TextRules.TitleNotRead, refusal.Line, "", refusal.Reason);
        return new LoadResult(null, diagnostics.Findings);
    }

    private static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
