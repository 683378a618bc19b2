using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class FeePrecisionRuleTests
{
    private const string Fees = "/proactiveDisclosure/fees/amountTenThousandYuan";

    [Fact]
    public void GD102_fires_for_a_fee_finer_than_one_yuan()
    {
        var finding = Single("GD102", JsonDocuments.ExampleReport.With(Fees, 1.23456m));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Fees, finding.Path);
        Assert.Equal(1.2346m, finding.Expected);
        Assert.Equal(1.23456m, finding.Actual);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("12.5")]
    [InlineData("1.2345")]
    [InlineData("1.23450000")]
    [InlineData("100.0000000")]
    public void GD102_passes_four_places_or_fewer_once_trailing_zeros_are_ignored(string amount) =>
        Assert.Empty(Findings("GD102", JsonDocuments.ExampleReport.With(Fees, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void GD102_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.With(Fees, 0.00001m);
        Assert.Equal("二、主动公开政府信息情况 › 行政事业性收费 › 本年收费金额（单位：万元） 为 0.00001，小数超过 4 位（不足 1 元）", Single("GD102", report).Message);
        Assert.Equal("Proactive disclosure › administrative fees › amount this year (10,000 yuan) is 0.00001: more than 4 decimal places (finer than one yuan)",
            Single("GD102", report, MessageLanguage.English).Message);
    }
}
