using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// What <see cref="NoCasesStatement"/> reads from one text: the clause it quotes and what that clause denies. GD403's
/// own tests go through the validator and see only whether it fires; these pin down each denial on its own.
/// </summary>
public class NoCasesStatementTests
{
    [Theory]
    [InlineData("本年度未发生行政复议", "本年度未发生行政复议", true, false)]
    [InlineData("本年度没有发生行政诉讼案件。", "本年度没有发生行政诉讼案件", false, true)]
    [InlineData("未发生未经复议直接起诉的案件。", "未发生未经复议直接起诉的案件", false, true)]
    [InlineData("未发生复议后起诉的案件。", "未发生复议后起诉的案件", false, true)]
    [InlineData("未发生经复议后起诉或行政复议的案件。", "未发生经复议后起诉或行政复议的案件", true, true)]
    [InlineData("无变化， 未被申请行政复议 ；", "未被申请行政复议", true, false)]
    [InlineData("无变化；没有新增，未出现行政复议和行政诉讼。", "未出现行政复议和行政诉讼", true, true)]
    public void Quotes_the_first_clause_that_denies_cases_and_says_what_it_denies(string text, string clause, bool review, bool litigation)
    {
        Assert.Equal(clause, NoCasesStatement.Find(text, out var deniesReview, out var deniesLitigation));
        Assert.Equal((review, litigation), (deniesReview, deniesLitigation));
    }

    [Theory]
    [InlineData("")]
    [InlineData("没有其他")]
    [InlineData("无变化，无新增")]
    [InlineData("无论是否申请行政复议，均依法答复。")]
    [InlineData("力争无行政复议和行政诉讼。")]
    [InlineData("未发生其他行政诉讼。")]
    public void When_nothing_is_stated_nothing_is_denied(string text)
    {
        Assert.Null(NoCasesStatement.Find(text, out var deniesReview, out var deniesLitigation));
        Assert.False(deniesReview);
        Assert.False(deniesLitigation);
    }
}
