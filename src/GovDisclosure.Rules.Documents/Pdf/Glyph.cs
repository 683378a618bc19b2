namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>One drawn character of a page: its text, where its baseline and edges are, and its size (PDF points, y up).</summary>
internal readonly struct Glyph
{
    internal Glyph(string text, double left, double right, double baseline, double size)
        : this(text, left, right, baseline, size, left, right)
    {
    }

    internal Glyph(string text, double left, double right, double baseline, double size, double start, double end)
    {
        Start = start;
        End = end;
        Text = text;
        Left = left;
        Right = right;
        Baseline = baseline;
        Size = size;
    }

    internal string Text { get; }

    internal double Left { get; }

    internal double Right { get; }

    internal double Baseline { get; }

    internal double Size { get; }

    /// <summary>Where the pen stood when the glyph was drawn: the glyphs of one run follow on without a gap, whatever their ink.</summary>
    internal double Start { get; }

    /// <summary>Where the pen moved to after the glyph (its advance).</summary>
    internal double End { get; }

    internal double CentreX => (Left + Right) / 2;

    /// <summary>The middle of the glyph's body, which lies inside its cell even when the glyph's box spills over a rule.</summary>
    internal double CentreY => Baseline + (Size * 0.35);

    internal bool IsSpace => Text.Trim().Length == 0;
}
