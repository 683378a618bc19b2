using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class StatedNoCasesRuleTests
{
    private const string NoCases = "本年度未发生因政府信息公开引起的行政复议、行政诉讼。";

    [Fact]
    public void GD403_fires_when_no_cases_are_said_to_have_occurred_but_table_C_has_some()
    {
        // The seed's table C has two cases of litigation without review.
        var finding = Single("GD403", JsonDocuments.ExampleReport.WithSummary(NoCases));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/reviewsAndLitigation", finding.Path);
        Assert.Equal(
            ["/overview/summary", "/reviewsAndLitigation/administrativeReview/total", "/reviewsAndLitigation/litigationWithoutReview/total", "/reviewsAndLitigation/litigationAfterReview/total"],
            finding.Related);
        Assert.Equal(0m, finding.Expected);
        Assert.Equal(2m, finding.Actual);
    }

    [Fact]
    public void GD403_passes_when_table_C_is_empty() =>
        Assert.Empty(Findings("GD403", JsonDocuments.ExampleReport.With("/reviewsAndLitigation/litigationWithoutReview/other", 0)
            .With("/reviewsAndLitigation/litigationWithoutReview/total", 0).WithSummary(NoCases)));

    [Fact]
    public void GD403_message_quotes_the_statement_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.WithSummary(NoCases);
        Assert.Equal("文字称“本年度未发生因政府信息公开引起的行政复议、行政诉讼”，但表四中行政复议、行政诉讼共有 2 件", Single("GD403", report).Message);
        Assert.Equal("The text says \"本年度未发生因政府信息公开引起的行政复议、行政诉讼\", but table C has 2 cases of administrative review, litigation without review, litigation after review",
            Single("GD403", report, MessageLanguage.English).Message);
    }

    [Theory]
    [InlineData("无因政府信息公开被申请行政复议和提起行政诉讼情况。")]
    [InlineData("本年度没有发生行政诉讼案件。")]
    [InlineData("全年未被提起行政诉讼。")]
    [InlineData("未出现行政复议及行政诉讼。")]
    public void GD403_reads_the_usual_phrasings(string text) =>
        Assert.Single(Findings("GD403", JsonDocuments.ExampleReport.WithSummary(text)));

    [Theory]
    [InlineData("本年度未发生因政府信息公开引起的行政复议。")]
    [InlineData("未被申请行政复议，发生行政诉讼2件。")]
    [InlineData("除2件行政诉讼外，未发生其他行政复议、行政诉讼。")]
    [InlineData("力争无行政复议和行政诉讼。")]
    [InlineData("有效降低由此引发的行政复议及诉讼。")]
    [InlineData("无论是否申请行政复议，均依法答复。")]
    public void GD403_denies_only_what_it_names_and_ignores_aims_and_exceptions(string text) =>
        Assert.Empty(Findings("GD403", JsonDocuments.ExampleReport.WithSummary(text)));

    [Fact]
    public void GD403_a_denial_of_review_fires_when_review_cases_exist()
    {
        var report = JsonDocuments.ExampleReport.With("/reviewsAndLitigation/administrativeReview/pending", 1).With("/reviewsAndLitigation/administrativeReview/total", 1)
            .WithSummary("本年度未被申请行政复议。");
        var finding = Single("GD403", report);
        Assert.Equal(1m, finding.Actual);
        Assert.Equal(["/overview/summary", "/reviewsAndLitigation/administrativeReview/total"], finding.Related);
        Assert.Equal("文字称“本年度未被申请行政复议”，但表四中行政复议共有 1 件", finding.Message);
    }
}
