using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class StatedApplicationCountRuleTests
{
    [Fact]
    public void GD401_fires_when_the_overview_states_another_number()
    {
        var finding = Single("GD401", JsonDocuments.ExampleReport.WithRequestedDisclosure("2022年，我局共收到各类政府信息公开申请12件，已全部依法依规办结。"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/overview", finding.Path);
        Assert.Equal(["/overview/requestedDisclosure", "/applications/received/total", "/applications/carriedOver/total"], finding.Related);
        Assert.Equal(11m, finding.Expected);
        Assert.Equal(12m, finding.Actual);
    }

    [Fact]
    public void GD401_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/carriedOver/total", 2).WithRequestedDisclosure("本年度共受理政府信息公开申请十件。");
        Assert.Equal("总体情况称收到申请 10 件，而表三本年新收为 11 件（加上年结转为 13 件）", Single("GD401", report).Message);
        Assert.Equal("The overview says 10 applications were received, but table B shows 11 received (13 with those carried over)",
            Single("GD401", report, MessageLanguage.English).Message);
    }

    [Theory]
    [InlineData("共收到各类政府信息公开申请11件")]
    [InlineData("共收到各类政府信息公开申请十一件")]
    [InlineData("共收到各类政府信息公开申请１１件")]
    [InlineData("收到政府信息公开申请 11 件")]
    [InlineData("本年度新收政府信息公开申请11件")]
    [InlineData("受理依申请公开事项11件")]
    [InlineData("接收政府信息公开申请11件")]
    [InlineData("收到政府信息公开申请，共计11件")]
    [InlineData("收到11件政府信息公开申请")]
    [InlineData("2022年1月至12月，共收到申请11件")]
    [InlineData("共收到2022年度政府信息公开申请11件")]
    public void GD401_reads_the_usual_phrasings_and_passes_the_right_number(string sentence)
    {
        Assert.Empty(Findings("GD401", JsonDocuments.ExampleReport.WithRequestedDisclosure(sentence + "。")));
        Assert.Equal(11m, Single("GD401", JsonDocuments.ExampleReport.With("/applications/received/total", 12).WithRequestedDisclosure(sentence + "。")).Actual);
    }

    [Fact]
    public void GD401_passes_a_number_that_includes_the_applications_carried_over()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/carriedOver/total", 2).WithRequestedDisclosure("共受理政府信息公开申请13件（含上年结转2件）。");
        Assert.Empty(Findings("GD401", report));
    }

    [Fact]
    public void GD401_reads_every_part_of_the_overview()
    {
        var report = JsonDocuments.ExampleReport.WithSummary("2022年，全局共收到政府信息公开申请9件。");
        Assert.Equal(9m, Single("GD401", report).Actual);
        Assert.Equal("/overview/summary", Single("GD401", report).Related[0]);
    }

    [Theory]
    [InlineData("共收到政府信息公开申请11件，其中网上收到申请5件，信函收到6件。")]
    [InlineData("共收到政府信息公开申请11件。其中，当面收到申请3件。")]
    [InlineData("共收到群众来信30件。")]
    [InlineData("收到申请约20件。")]
    [InlineData("收到申请数十件。")]
    [InlineData("收到申请100余件。")]
    [InlineData("受理率达到100%，收到申请后均在规定时限内答复8件。")]
    [InlineData("对不予受理的申请2件，依法告知申请人。")]
    [InlineData("做好政府信息公开申请的咨询、受理、办理工作。")]
    public void GD401_does_not_read_parts_approximations_or_other_counts(string text) =>
        Assert.Empty(Findings("GD401", JsonDocuments.ExampleReport.WithRequestedDisclosure(text)));

    [Fact]
    public void GD401_reads_no_application_received_as_zero()
    {
        var text = "本年度未收到政府信息公开申请。";
        Assert.Equal(0m, Single("GD401", JsonDocuments.ExampleReport.WithRequestedDisclosure(text)).Actual);
        Assert.Empty(Findings("GD401", AnnualReport.Create(2022, "某局").WithRequestedDisclosure(text)));
    }
}
