using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class StatedAllConcludedRuleTests
{
    private static readonly AnnualReport CarriedForward = JsonDocuments.ExampleReport.With("/applications/carriedForward/total", 1);

    [Fact]
    public void GD402_fires_when_all_are_said_concluded_but_some_are_carried_forward()
    {
        var finding = Single("GD402", CarriedForward);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/applications/carriedForward/total", finding.Path);
        Assert.Equal(["/overview/requestedDisclosure"], finding.Related);
        Assert.Equal(0m, finding.Expected);
        Assert.Equal(1m, finding.Actual);
    }

    [Fact]
    public void GD402_passes_the_seed_which_carries_nothing_forward() =>
        Assert.Empty(Findings("GD402", JsonDocuments.ExampleReport));

    [Fact]
    public void GD402_message_quotes_the_statement_in_both_languages()
    {
        Assert.Equal("文字称“已全部依法依规办结”，但结转下年度继续办理 1 件", Single("GD402", CarriedForward).Message);
        Assert.Equal("The text says \"已全部依法依规办结\", but 1 applications are carried forward to next year", Single("GD402", CarriedForward, MessageLanguage.English).Message);
    }

    [Theory]
    [InlineData("共收到申请11件，均已办结。")]
    [InlineData("共收到申请11件，全部按时办结。")]
    [InlineData("所有申请均在法定期限内办结。")]
    [InlineData("申请一律按期办结。")]
    [InlineData("按时办结率100%。")]
    [InlineData("按时办结率达百分之百。")]
    public void GD402_reads_the_usual_phrasings(string text) =>
        Assert.Single(Findings("GD402", CarriedForward.WithRequestedDisclosure(text)));

    [Theory]
    [InlineData("共收到申请12件，1件结转下年度，其余均已办结。")]
    [InlineData("1件申请因需征求第三方意见结转至下年度办理。其余申请均已办结。")]
    [InlineData("除1件正在办理外，均已按时办结。")]
    [InlineData("其余申请均已办结。")]
    [InlineData("尚未全部办结。")]
    [InlineData("申请未能全部办结。")]
    [InlineData("办结率95%。")]
    [InlineData("已办结10件。")]
    public void GD402_does_not_fire_where_the_text_explains_the_exception_or_claims_nothing(string text) =>
        Assert.Empty(Findings("GD402", CarriedForward.WithRequestedDisclosure(text)));
}
