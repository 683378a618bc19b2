using System;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 一段文字与上一年度同一段文字的相似度。How similar a stretch of prose is to the same stretch last year.
/// </summary>
public sealed class SectionSimilarity
{
    internal SectionSimilarity(ProseSection section, double similarity)
    {
        Section = section;
        Similarity = similarity;
    }

    /// <summary>比较的文字。The prose compared.</summary>
    public ProseSection Section { get; }

    /// <summary>JSON Pointer，如 <c>/overview</c>。The JSON Pointer.</summary>
    public string Pointer => Section.Pointer;

    /// <summary>相似度，0 至 1（见 <see cref="TextSimilarity"/>）。The similarity from 0 to 1 (see <see cref="TextSimilarity"/>).</summary>
    public double Similarity { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Pointer}: {Similarity:0.000}");
}
