using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// What <see cref="ReceivedStatement"/> reads from one text: the number of applications it says were received, if any.
/// GD401's own tests go through the validator; these pin down each way a statement is found or passed over, including
/// texts that end without a full stop.
/// </summary>
public class ReceivedStatementTests
{
    [Theory]
    [InlineData("共收到申请11件。", 11)]
    [InlineData("共收到申请11件", 11)]
    [InlineData("收到申请， 共11件。", 11)]
    [InlineData("收到申请，\u3000合计 十一 件", 11)]
    [InlineData("共收到统一格式的申请11件。", 11)]
    [InlineData("2022年1月共收到申请3件。", 3)]
    [InlineData("本年度未收到政府信息公开申请。", 0)]
    public void Reads_the_number_received(string text, long expected)
    {
        Assert.True(new ReceivedStatement(text).TryFind(0, out var count, out var next));
        Assert.Equal(expected, count);
        Assert.True(next > 0 && next <= text.Length);
    }

    [Theory]
    [InlineData("共收到申请")]
    [InlineData("共收到申请11")]
    [InlineData("共收到申请11 ")]
    [InlineData("共收到申请30%，办结11件。")]
    [InlineData("本年度未受理政府信息公开申请。")]
    [InlineData("未收到答复的申请2件。")]
    [InlineData("未收到答复。")]
    [InlineData("收到约11件申请。")]
    public void Passes_over_what_states_no_number_received(string text)
    {
        Assert.False(new ReceivedStatement(text).TryFind(0, out var count, out var next));
        Assert.Equal(0, count);
        Assert.Equal(text.Length, next);
    }
}
