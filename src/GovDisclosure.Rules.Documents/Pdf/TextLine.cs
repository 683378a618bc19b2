using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// The glyphs on one baseline band, left to right, and the text they read as: the spaces the PDF draws are kept, and a
/// space is put back only where a gap parts two Latin letters or digits (a producer that positions words without
/// drawing spaces); a glyph drawn twice on itself (a fake bold) counts once.
/// </summary>
internal sealed class TextLine
{
    private TextLine(List<Glyph> glyphs, string text, double left, double right, double baseline, double size)
    {
        Glyphs = glyphs;
        Text = text;
        Left = left;
        Right = right;
        Baseline = baseline;
        Size = size;
    }

    internal List<Glyph> Glyphs { get; }

    internal string Text { get; }

    internal double Left { get; }

    internal double Right { get; }

    internal double Baseline { get; }

    internal double Size { get; }

    /// <summary>Groups glyphs into lines, top line first: a glyph joins a line whose baseline is within a third of its size.</summary>
    internal static List<TextLine> Gather(List<Glyph> glyphs)
    {
        var lines = new List<TextLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }

        DocumentWork.Add(glyphs.Count);

        // Deterministic order: by baseline from the top, then left to right (ties by text, so equal input gives equal output).
        glyphs.Sort((a, b) => a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left != b.Left ? a.Left.CompareTo(b.Left) : string.CompareOrdinal(a.Text, b.Text));
        var band = new List<Glyph> { glyphs[0] };
        var bandBaseline = glyphs[0].Baseline;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            if (bandBaseline - glyph.Baseline <= Math.Max(1, glyph.Size / 3))
            {
                band.Add(glyph);
                continue;
            }

            lines.Add(Of(band));
            band = new List<Glyph> { glyph };
            bandBaseline = glyph.Baseline;
        }

        lines.Add(Of(band));
        return lines;
    }

    /// <summary>
    /// Joins lines of one paragraph or cell. A browser breaks a line between two Latin letters or digits only at a space,
    /// so a space goes back there; between Chinese and Latin text it may break anywhere, and the space it broke at (if
    /// any) is not drawn, so nothing is put back.
    /// </summary>
    internal static string Join(IEnumerable<TextLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            DocumentWork.Add(line.Text.Length + 1);
            var part = line.Text.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                var last = text[text.Length - 1];
                var first = part[0];
                if (IsLatin(last) && IsLatin(first))
                {
                    text.Append(' ');
                }
            }

            text.Append(part);
        }

        return text.ToString();
    }

    /// <summary>The same line read as another text (a line cut into cells).</summary>
    internal static TextLine WithText(TextLine line, string text) => new(line.Glyphs, text, line.Left, line.Right, line.Baseline, line.Size);

    internal static bool IsLatin(char c) => c < 128 && char.IsLetterOrDigit(c);

    private static TextLine Of(List<Glyph> band)
    {
        band.Sort((a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : string.CompareOrdinal(a.Text, b.Text));
        var text = new StringBuilder();
        Glyph? previous = null;
        double size = 0, baseline = 0;
        var kept = 0;
        DocumentWork.Add(band.Count);
        foreach (var glyph in band)
        {
            if (previous is { } p)
            {
                if (p.Text == glyph.Text && Math.Abs(p.Left - glyph.Left) < 0.5 && Math.Abs(p.Baseline - glyph.Baseline) < 0.5)
                {
                    continue;
                }

                var gap = glyph.Left - p.Right;
                if (gap > glyph.Size * 0.25 && !p.IsSpace && !glyph.IsSpace && p.Text.Length > 0 && glyph.Text.Length > 0
                    && IsLatin(p.Text[p.Text.Length - 1]) && IsLatin(glyph.Text[0]))
                {
                    text.Append(' ');
                }
            }

            text.Append(glyph.Text);
            size = Math.Max(size, glyph.Size);
            baseline += glyph.Baseline;
            previous = glyph;
            kept++;
        }

        return new TextLine(band, text.ToString(), band[0].Left, band[band.Count - 1].Right, baseline / kept, size);
    }
}
