using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class BigramBalanceTests
{
    [Property]
    public void Pairs_min_of_each_keys_counts_in_whatever_order_the_bigrams_come((bool First, byte Key)[] bigrams)
    {
        var table = new BigramBalance();
        table.Start(bigrams.Length);

        // Few keys (0–7), so that most come many times from both texts.
        var paired = bigrams.Count(b => b.First ? table.PairFirst(b.Key % 8u) : table.PairSecond(b.Key % 8u));

        var expected = bigrams.GroupBy(b => b.Key % 8u).Sum(g => System.Math.Min(g.Count(b => b.First), g.Count(b => !b.First)));
        Assert.Equal(expected, paired);
    }

    [Fact]
    public void A_new_round_starts_empty_also_when_the_stamp_wraps_around()
    {
        var table = new BigramBalance(uint.MaxValue - 2);
        for (var round = 0; round < 5; round++)
        {
            table.Start(4);

            // Two of key 7 from the first text in every round: had the last round's count survived, the second text would pair more.
            Assert.False(table.PairFirst(7));
            Assert.False(table.PairFirst(7));
            Assert.True(table.PairSecond(7));
            Assert.True(table.PairSecond(7));
            Assert.False(table.PairSecond(7));
            Assert.False(table.PairSecond(round == 0 ? 9u : 7));
        }
    }

    [Fact]
    public void A_round_sees_none_of_the_last_rounds_keys_in_a_table_of_the_same_size_or_smaller()
    {
        var table = new BigramBalance();
        table.Start(5000);
        Assert.All(Enumerable.Range(0, 5000), key => Assert.False(table.PairFirst((uint)key)));

        // Same size: every key lands where it was; only the stamp tells last round's count from this one's.
        table.Start(5000);
        Assert.All(Enumerable.Range(0, 5000), key => Assert.False(table.PairSecond((uint)key)));

        // Smaller: within the size it promises (at most 4 different keys).
        table.Start(4);
        Assert.All(Enumerable.Range(0, 4), key => Assert.False(table.PairFirst((uint)key)));
    }
}
