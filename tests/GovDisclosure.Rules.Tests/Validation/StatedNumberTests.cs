using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

public class StatedNumberTests
{
    [Theory]
    [InlineData("11件", 11, false)]
    [InlineData("１１件", 11, false)]
    [InlineData("1,234件", 1234, false)]
    [InlineData("十件", 10, true)]
    [InlineData("十一件", 11, true)]
    [InlineData("二十件", 20, true)]
    [InlineData("两件", 2, true)]
    [InlineData("一百零二件", 102, true)]
    [InlineData("一千零五十件", 1050, true)]
    [InlineData("三万五千件", 35000, true)]
    [InlineData("一亿二千万件", 120000000, true)]
    [InlineData("二〇二二年", 2022, true)]
    public void Reads_digits_and_Chinese_numerals(string text, long expected, bool chinese)
    {
        Assert.True(StatedNumber.TryRead(text, 0, text.Length, out var value, out var end, out var isChinese));
        Assert.Equal(expected, value);
        Assert.Equal(chinese, isChinese);
        Assert.Equal(text.Length - 1, end);
    }

    [Theory]
    [InlineData("万件")]
    [InlineData("百件")]
    [InlineData("1234567890123456件")]
    [InlineData("九千万亿亿件")]
    public void Refuses_runs_that_state_no_figure_or_too_large_a_one(string text) =>
        Assert.False(StatedNumber.TryRead(text, 0, text.Length, out _, out _, out _));

    [Fact]
    public void A_comma_not_followed_by_three_digits_ends_the_figure()
    {
        Assert.True(StatedNumber.TryRead("11,已办结", 0, 6, out var value, out var end, out _));
        Assert.Equal(11, value);
        Assert.Equal(2, end);
    }

    [Theory]
    [InlineData("0件", 0, 1, false)]
    [InlineData("０件", 0, 1, false)]
    [InlineData("９件", 9, 1, false)]
    [InlineData("1,234", 1234, 5, false)]
    [InlineData("1,034件", 1034, 5, false)]
    [InlineData("1,2340件", 1, 1, false)]
    [InlineData("123456789012345件", 123456789012345, 15, false)]
    [InlineData("一万二千亿件", 1_200_000_000_000, 5, true)]
    [InlineData("一千十件", 1010, 3, true)]
    [InlineData("九〇〇七一九九二五四七四〇九九一件", 9007199254740991, 16, true)]
    [InlineData("九〇〇七一九九二五四七四〇九九十件", 9007199254740990, 16, true)]
    public void Reads_figures_at_the_edges_of_each_notation(string text, long expected, int end, bool chinese)
    {
        Assert.True(StatedNumber.TryRead(text, 0, text.Length, out var value, out var stop, out var isChinese));
        Assert.Equal((expected, end, chinese), (value, stop, isChinese));
    }

    [Theory]
    [InlineData("九〇〇七一九九二五四七四〇九九二件")]
    [InlineData("九〇〇七一九九二五四七四一〇〇十件")]
    public void Refuses_a_figure_just_past_the_largest_count(string text) =>
        Assert.False(StatedNumber.TryRead(text, 0, text.Length, out _, out _, out _));

    [Theory]
    [InlineData("123件", 2, 12, 2)]
    [InlineData("十一件", 1, 10, 1)]
    [InlineData("1,234件", 4, 1, 1)]
    public void Reads_no_further_than_the_limit(string text, int limit, long expected, int end)
    {
        Assert.True(StatedNumber.TryRead(text, 0, limit, out var value, out var stop, out _));
        Assert.Equal((expected, end), (value, stop));
    }

    [Fact]
    public void Nothing_is_read_at_or_past_the_limit()
    {
        Assert.False(StatedNumber.TryRead("11", 2, 2, out _, out var end, out _));
        Assert.Equal(2, end);
        Assert.False(StatedNumber.TryRead("11件", 1, 1, out _, out _, out _));
    }

    [Theory]
    [InlineData('0', true)]
    [InlineData('９', true)]
    [InlineData('零', true)]
    [InlineData('〇', true)]
    [InlineData('两', true)]
    [InlineData('十', true)]
    [InlineData('亿', true)]
    [InlineData('a', false)]
    [InlineData('ａ', false)]
    [InlineData('：', false)]
    [InlineData('件', false)]
    [InlineData(' ', false)]
    public void Tells_which_characters_belong_to_a_figure(char c, bool numeral) => Assert.Equal(numeral, StatedNumber.Numerals.IndexIn(c.ToString(), 0, 1) == 0);

    /// <summary>The set the scan jumps between holds exactly the characters the reader takes into a figure.</summary>
    [Fact]
    public void The_numerals_are_exactly_what_the_reader_reads()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var text = c.ToString();
            StatedNumber.TryRead(text, 0, 1, out _, out var end, out _);
            Assert.True((end > 0) == (StatedNumber.Numerals.IndexIn(text, 0, 1) == 0), $"U+{(int)c:X4}");
        }
    }
}
