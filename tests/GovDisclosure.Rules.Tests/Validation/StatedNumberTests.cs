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
}
