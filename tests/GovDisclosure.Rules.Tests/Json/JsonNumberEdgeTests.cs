using System.Globalization;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// Numbers at the edges of what the reader accepts: the largest year, every spelling of an exponent, and amounts whose
/// digits just fit a decimal or just do not.
/// </summary>
public class JsonNumberEdgeTests
{
    private static LoadResult WithYear(string written) => ReportJson.Read(Change("\"year\": 2022", "\"year\": " + written));

    private static LoadResult WithAmount(string written) => ReportJson.Read(Change("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": " + written));

    [Theory]
    [InlineData("9999", 9999)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    public void A_year_from_0_to_9999_is_read(string written, int expected) => Assert.Equal(expected, WithYear(written).Report!.Year);

    [Theory]
    [InlineData("10000", "GDJ006", "报告年度 的值 10000 超出范围（应为0 至 9999 的整数）",
        "The value 10000 of report year is out of range (expected an integer from 0 to 9999)")]
    [InlineData("2.022E3", "GDJ002", "报告年度 应为0 至 9999 的整数，实际为带小数点或指数的数字 2.022E3",
        "report year should be an integer from 0 to 9999, but is a number with a fraction or exponent, 2.022E3")]
    public void A_year_that_is_not_one_says_what_a_year_is_in_both_languages(string written, string rule, string chinese, string english)
    {
        var document = Change("\"year\": 2022", "\"year\": " + written);

        Assert.Equal(chinese, Single(ReportJson.Read(document), rule).Message);
        Assert.Equal(english, Single(ReportJson.Read(document, new JsonReadOptions { Language = MessageLanguage.English }), rule).Message);
    }

    [Theory]
    [InlineData("1E2", "100")]
    [InlineData("1e+2", "100")]
    [InlineData("1.5E1", "15")]
    [InlineData("100e-2", "1")]
    [InlineData("2500E-4", "0.25")]
    [InlineData("0e5", "0")]
    [InlineData("0.0e-5", "0")]
    [InlineData("0.10", "0.1")]
    [InlineData("5E10", "50000000000")]
    [InlineData("3e9", "3000000000")]
    [InlineData("1001", "1001")]
    [InlineData("120", "120")]
    [InlineData("1000000000000000000000000000.5", "1000000000000000000000000000.5")]
    [InlineData("7.9228162514264337593543950335E28", "79228162514264337593543950335")]
    public void An_amount_in_any_spelling_that_a_decimal_holds_exactly_is_read(string written, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), WithAmount(written).Report!.ProactiveDisclosure.Fees.AmountTenThousandYuan);

    [Theory]
    [InlineData("-0.00")]
    [InlineData("0.00")]
    [InlineData("0e5")]
    [InlineData("-0E-3")]
    public void Zero_of_any_sign_or_scale_is_read_as_plain_0(string written) =>
        Assert.Equal("0", WithAmount(written).Report!.ProactiveDisclosure.Fees.AmountTenThousandYuan.ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("10000000000000000000000000000.5")]
    [InlineData("1000000000000000000000000000.05")]
    [InlineData("7.92281625142643375935439503351E28")]
    [InlineData("-1E2")]
    [InlineData("-0.0000000000000000000000000001")]
    public void An_amount_with_one_digit_too_many_or_below_0_is_GDJ006(string written)
    {
        var finding = Single(WithAmount(written), "GDJ006");

        Assert.Equal("/proactiveDisclosure/fees/amountTenThousandYuan", finding.Path);
        Assert.EndsWith(" 的值 " + written + " 超出范围（应为不小于 0、不大于 79228162514264337593543950335 且能以十进制精确表示（至多 28 位小数）的数）", finding.Message);
    }

    [Fact]
    public void An_amount_out_of_range_in_English()
    {
        var document = Change("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": -1");

        Assert.Equal(
            "The value -1 of Proactive disclosure › administrative fees › amount this year (10,000 yuan) is out of range " +
            "(expected a number from 0 to 79228162514264337593543950335 that a decimal holds exactly (at most 28 decimal places))",
            Single(ReportJson.Read(document, new JsonReadOptions { Language = MessageLanguage.English }), "GDJ006").Message);
    }
}
