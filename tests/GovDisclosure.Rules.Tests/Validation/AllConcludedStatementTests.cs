using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// What <see cref="AllConcludedStatement"/> quotes from one text. GD402's own tests go through the validator; these pin
/// down where a quote starts and ends and what rules a statement out.
/// </summary>
public class AllConcludedStatementTests
{
    [Theory]
    [InlineData("办结率100%。", "办结率100%")]
    [InlineData("本年度申请 办结率为100%，按时答复。", "本年度申请 办结率为100%")]
    [InlineData("申请均已办结，按时答复。", "申请均已办结")]
    [InlineData("未办结的没有；申请全部办结。", "申请全部办结")]
    public void Quotes_the_clause_up_to_the_word_or_up_to_the_full_rate(string text, string quoted) =>
        Assert.Equal(quoted, AllConcludedStatement.Find(text));

    [Theory]
    [InlineData("申请均已办结，1件结转下年度办理。")]
    [InlineData("办结率95%。")]
    [InlineData("申请已办结。")]
    [InlineData("其余申请均已办结。")]
    [InlineData("")]
    public void States_nothing_when_some_are_carried_forward_not_all_are_said_or_only_the_rest_is_meant(string text) =>
        Assert.Null(AllConcludedStatement.Find(text));
}
