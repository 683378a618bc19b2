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
/// 计算为 O(n)：一段文字的二元组计入开放寻址的哈希计数表，另一段逐个抵扣。相同的文字（包括只差空白的）恰为 1，两段都为空为 1，只有一段为空为 0。
/// It runs in O(n): the bigrams of one text are counted in an open-addressing hash table and those of the other are
/// matched against the counts. Identical texts (including texts that differ only in white space) give exactly 1, two
/// empty texts give 1, and one empty text gives 0.
/// </para>
/// </remarks>
public static class TextSimilarity
{
    // A noncharacter (U+FFFF) never occurs in text, so it can mark both ends without colliding with a real pair.
    private const char Boundary = '\uFFFF';

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

        var a = WithoutWhiteSpace(first);
        var b = WithoutWhiteSpace(second);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        if (a.AsSpan().SequenceEqual(b))
        {
            return 1;
        }

        // With the markers a text of n characters has n + 1 bigrams.
        var table = new BigramCounts(a.Length + 1);
        for (var i = 0; i <= a.Length; i++)
        {
            table.Add(Bigram(a, i));
        }

        long shared = 0;
        for (var i = 0; i <= b.Length; i++)
        {
            if (table.TryTake(Bigram(b, i)))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Length + 1 + b.Length + 1);
    }

    /// <summary>The i-th bigram of the padded text (i from 0 to its length), as one 32-bit key.</summary>
    private static uint Bigram(char[] text, int i)
    {
        var left = i == 0 ? Boundary : text[i - 1];
        var right = i == text.Length ? Boundary : text[i];
        return ((uint)left << 16) | right;
    }

    private static char[] WithoutWhiteSpace(string text)
    {
        var kept = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                kept[n++] = c;
            }
        }

        Array.Resize(ref kept, n);
        return kept;
    }

    /// <summary>A multiset of bigrams: an open-addressing hash table with linear probing, sized once for its contents.</summary>
    private readonly struct BigramCounts
    {
        private readonly uint[] keys;
        private readonly int[] counts;
        private readonly bool[] used;
        private readonly int shift;

        public BigramCounts(int capacity)
        {
            // At most half full, so that probes stay short.
            var bits = 1;
            while ((1 << bits) < capacity * 2)
            {
                bits++;
            }

            keys = new uint[1 << bits];
            counts = new int[1 << bits];
            used = new bool[1 << bits];
            shift = 32 - bits;
        }

        public void Add(uint key)
        {
            var slot = Find(key);
            keys[slot] = key;
            used[slot] = true;
            counts[slot]++;
        }

        /// <summary>Removes one occurrence of the key; false when none is left.</summary>
        public bool TryTake(uint key)
        {
            var slot = Find(key);
            if (!used[slot] || counts[slot] == 0)
            {
                return false;
            }

            counts[slot]--;
            return true;
        }

        /// <summary>The slot that holds the key, or the empty slot where it would go.</summary>
        private int Find(uint key)
        {
            var mask = keys.Length - 1;

            // Fibonacci hashing spreads the pairs of neighbouring code points over the table.
            var slot = (int)((key * 2654435769u) >> shift);
            while (used[slot] && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }
    }
}
