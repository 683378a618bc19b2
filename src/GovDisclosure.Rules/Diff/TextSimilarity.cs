using System;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 两段文字的相似度：去掉空白后，相邻两字（字二元组）多重集合的 Dice 系数，取值 0 至 1。
/// The similarity of two texts: the Dice coefficient of the multisets of adjacent character pairs (character bigrams) once
/// white space is removed, from 0 to 1.
/// </summary>
/// <remarks>
/// <para>
/// 为什么用字二元组：中文词之间没有空格，分词要靠词典；而常用词多为两个字，相邻两字近似于词，无需分词。
/// 单个字太粗（所有公文都用“政府信息公开”这些字），编辑距离在万字章节上是 O(n²) 且对段落调换过于敏感。
/// 用多重集合而不是集合，是因为公文反复使用同样的词语，集合会很快饱和。Dice = 2|A∩B| / (|A| + |B|) 可读作“共有文字所占比例”。
/// 首尾各补一个标记字符，使只有一个字的文字也有二元组。
/// </para>
/// <para>
/// Why character bigrams: Chinese writes no spaces between words, so splitting words needs a dictionary; most common words
/// are two characters long, so adjacent pairs approximate words without one. Single characters are too coarse (every
/// government text uses the same characters), and edit distance is O(n²) on 10,000-character sections and too sensitive
/// to paragraphs moved around. Multisets rather than sets because official prose repeats the same phrases, which would
/// saturate a set. Dice = 2|A∩B| / (|A| + |B|) reads as "the share of text in common". The text is padded with a marker
/// at each end so that a one-character text still has bigrams.
/// </para>
/// <para>
/// 计算为 O(n)：先并排走过两段文字，相同的连续文字中的二元组直接成对计为共有（逐年照抄、只改年份和数字的文字几乎全在此列），
/// 其余二元组计入开放寻址的哈希计数表相互抵扣；结果与全部用计数表完全相同。相同的文字（包括只差空白的）恰为 1，两段都为空为 1，只有一段为空为 0。
/// It runs in O(n): the two texts are first walked side by side and the bigrams inside runs of equal text are paired as
/// shared at once (nearly all of a text copied from last year with the years and figures changed); the rest are counted
/// against each other in an open-addressing hash table. The result is exactly that of counting everything in the table.
/// Identical texts (including texts that differ only in white space) give exactly 1, two empty texts give 1, and one
/// empty text gives 0.
/// </para>
/// </remarks>
public static class TextSimilarity
{
    /// <summary>
    /// 计算两段文字的相似度。Works out the similarity of two texts.
    /// </summary>
    /// <param name="first">一段文字；null 视为空。One text; null counts as empty.</param>
    /// <param name="second">另一段文字；null 视为空。The other text; null counts as empty.</param>
    /// <returns>0 至 1 的相似度，与参数顺序无关。The similarity from 0 to 1, whichever way round the texts are given.</returns>
    public static double Of(string? first, string? second)
    {
        first ??= "";
        second ??= "";
        if (string.Equals(first, second, StringComparison.Ordinal))
        {
            return 1;
        }

        var a = StrippedProse.First;
        var b = StrippedProse.Second;
        var similarity = OfStripped(a.Hold(first), b.Hold(second));
        a.Release();
        b.Release();
        return similarity;
    }

    /// <summary>The similarity of two texts whose white space is already removed.</summary>
    internal static double OfStripped(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return first.Length == second.Length ? 1 : 0;
        }

        if (first.SequenceEqual(second))
        {
            return 1;
        }

        // With the markers a text of n characters has n + 1 bigrams.
        var shared = SharedBigrams.Count(first, second);
        BigramBalance.ForThisThread.Release();
        return 2.0 * shared / (first.Length + 1 + second.Length + 1);
    }
}
