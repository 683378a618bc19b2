using System;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// The number of bigrams two texts share, counted as multisets: for every bigram, the smaller of the number of times it
/// occurs in each text. Texts are padded with a marker at each end, so a text of n characters has n + 1 bigrams,
/// the t-th made of characters t − 1 and t.
/// </summary>
/// <remarks>
/// <para>
/// Why not only a hash table: if some occurrences of bigrams are paired off one to one between the texts, each pair of
/// equal bigrams, then for every bigram min(m + a, m + b) = m + min(a, b) — the pairs count as shared and only the
/// bigrams left over need counting against each other. The result is exactly the multiset count whichever pairs are
/// taken, so pairing is free to be a heuristic.
/// </para>
/// <para>
/// Next year's report is mostly last year's text with a year or a figure changed here and there. So the texts are
/// walked side by side in runs of equal characters (a run of L characters pairs its L − 1 bigrams; the common prefix and
/// suffix also pair the bigrams with the end markers); after a difference the walk resumes at the nearest point, a few
/// characters ahead in either text, where <see cref="Anchor"/> characters agree. The bigrams between runs go to the
/// <see cref="BigramBalance"/> table. Text rewritten beyond that reach stops the walk at once and the rest of it is
/// counted in the table, as without the walk; a budget bounds the search for resuming points so that the walk never costs
/// more than a small multiple of the table's work.
/// </para>
/// </remarks>
internal static class SharedBigrams
{
    // A noncharacter (U+FFFF) never occurs in text, so it can mark both ends without colliding with a real pair.
    private const char Boundary = '\uFFFF';

    // How many characters must agree for the walk to resume: fewer would pair chance coincidences in unrelated text.
    private const int Anchor = 4;

    // How far ahead, in either text, the walk looks for a resuming point: a changed figure or year, a word replaced.
    private const int Reach = 8;

    /// <summary>The number of bigrams the texts share, as multisets.</summary>
    internal static long Count(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var prefix = CommonPrefixLength(first, second);
        var suffix = CommonSuffixLength(first.Slice(prefix), second.Slice(prefix));

        // The prefix pairs bigrams 0 … prefix − 1 (the first with the start marker), the suffix the last `suffix` bigrams
        // (the last with the end marker). Between them: characters prefix … end − 1, bigrams prefix … end.
        long shared = prefix + suffix;
        var endFirst = first.Length - suffix;
        var endSecond = second.Length - suffix;

        var table = BigramBalance.ForThisThread;
        table.Start(endFirst - prefix + 1 + endSecond - prefix + 1);
        var budget = 2 * (endFirst + endSecond - 2 * prefix) + 64;

        // The last character of the current run in each text (−1: the start marker).
        var lastFirst = prefix - 1;
        var lastSecond = prefix - 1;
        while (true)
        {
            var resumed = TryResume(first, second, lastFirst + 1, lastSecond + 1, endFirst, endSecond, ref budget, out var nextFirst, out var nextSecond);
            if (!resumed)
            {
                // On to the suffix: everything up to it is counted in the table.
                nextFirst = endFirst;
                nextSecond = endSecond;
            }

            // The bigrams that straddle or lie between runs: from the one after the run's last character to the one
            // ending on the next run's first.
            shared += Pair(table, first, lastFirst + 1, nextFirst, isFirst: true);
            shared += Pair(table, second, lastSecond + 1, nextSecond, isFirst: false);

            if (!resumed)
            {
                return shared;
            }

            var run = CommonPrefixLength(first.Slice(nextFirst, endFirst - nextFirst), second.Slice(nextSecond, endSecond - nextSecond));
            shared += run - 1;
            lastFirst = nextFirst + run - 1;
            lastSecond = nextSecond + run - 1;
        }
    }

    /// <summary>Counts bigrams <paramref name="from"/> to <paramref name="to"/> of one text in the table; returns how many paired.</summary>
    private static long Pair(BigramBalance table, ReadOnlySpan<char> text, int from, int to, bool isFirst)
    {
        long paired = 0;

        // Bigram t is (character t − 1, character t) of the padded text, as one 32-bit key; each character read once.
        var left = from == 0 ? Boundary : text[from - 1];
        for (var t = from; t <= to; t++)
        {
            var right = t == text.Length ? Boundary : text[t];
            var key = ((uint)left << 16) | right;
            if (isFirst ? table.PairFirst(key) : table.PairSecond(key))
            {
                paired++;
            }

            left = right;
        }

        return paired;
    }

    /// <summary>
    /// The nearest point at or after the given characters where <see cref="Anchor"/> characters of both texts agree,
    /// no more than <see cref="Reach"/> characters ahead in either, before the ends; false if there is none or the
    /// budget of tries is spent.
    /// </summary>
    private static bool TryResume(
        ReadOnlySpan<char> first, ReadOnlySpan<char> second, int fromFirst, int fromSecond, int endFirst, int endSecond, ref int budget,
        out int nextFirst, out int nextSecond)
    {
        for (var ahead = 1; ahead <= Reach; ahead++)
        {
            // Both texts the same distance ahead first (a replaced figure of the same length), then one less and less.
            for (var behind = ahead; behind >= 0; behind--)
            {
                if (Agree(first, second, fromFirst + ahead, fromSecond + behind, endFirst, endSecond, ref budget))
                {
                    (nextFirst, nextSecond) = (fromFirst + ahead, fromSecond + behind);
                    return true;
                }

                if (behind != ahead && Agree(first, second, fromFirst + behind, fromSecond + ahead, endFirst, endSecond, ref budget))
                {
                    (nextFirst, nextSecond) = (fromFirst + behind, fromSecond + ahead);
                    return true;
                }

                if (budget <= 0)
                {
                    (nextFirst, nextSecond) = (0, 0);
                    return false;
                }
            }
        }

        (nextFirst, nextSecond) = (0, 0);
        return false;
    }

    private static bool Agree(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int atFirst, int atSecond, int endFirst, int endSecond, ref int budget)
    {
        budget--;
        return atFirst + Anchor <= endFirst && atSecond + Anchor <= endSecond
            && first.Slice(atFirst, Anchor).SequenceEqual(second.Slice(atSecond, Anchor));
    }

    private static int CommonPrefixLength(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
#if NET
        return first.CommonPrefixLength(second);
#else
        var length = Math.Min(first.Length, second.Length);
        var i = 0;
        while (i < length && first[i] == second[i])
        {
            i++;
        }

        return i;
#endif
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var length = Math.Min(first.Length, second.Length);
        var i = 0;

        // Blocks first: SequenceEqual compares them vectorised.
        const int Block = 16;
        while (i + Block <= length && first.Slice(first.Length - i - Block, Block).SequenceEqual(second.Slice(second.Length - i - Block, Block)))
        {
            i += Block;
        }

        while (i < length && first[first.Length - 1 - i] == second[second.Length - 1 - i])
        {
            i++;
        }

        return i;
    }
}
