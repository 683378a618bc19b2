using System;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>Input no honest client sends: each becomes located findings, never an exception.</summary>
public class HostileJsonTests
{
    [Theory]
    [InlineData("", "文档为空")]
    [InlineData(" \n\t ", "文档为空")]
    [InlineData("{", "文档意外结束")]
    [InlineData("{\"year\": ", "文档意外结束")]
    [InlineData("{\"year\": 2022,}", "JSON 不允许尾随逗号")]
    [InlineData("{/* 注释 */}", "JSON 不允许注释")]
    [InlineData("{'year': 2022}", "此处的 ''' 不符合 JSON 语法")]
    [InlineData("{\"year\": NaN}", "此处的 'N' 不符合 JSON 语法")]
    public void Malformed_text_is_GDJ001_with_a_reason(string document, string reason)
    {
        var finding = Single(ReportJson.Read(document), "GDJ001");

        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：" + reason, finding.Message);
        Assert.NotNull(finding.Line);
        Assert.NotNull(finding.Column);
    }

    [Fact]
    public void Text_after_the_report_is_GDJ001()
    {
        var document = Example + "\n x";

        var finding = Single(ReportJson.Read(document), "GDJ001");

        Located(finding, "GDJ001", "", Where(document, "\n x", 2));
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：根值之后还有多余内容", finding.Message);
    }

    [Fact]
    public void A_syntax_error_is_located_where_the_reader_stopped()
    {
        var document = Change("\"total\": 2\n", "\"total\": 2,\n");

        var finding = Single(ReportJson.Read(document), "GDJ001");

        // The comma is followed by the closing brace of litigationWithoutReview.
        var where = Where(document, "\"total\": 2,\n");
        Assert.Equal((where.Line + 1, 5), (finding.Line!.Value, finding.Column!.Value));
        Assert.Equal("/reviewsAndLitigation/litigationWithoutReview", finding.Path);
    }

    [Fact]
    public void Problems_before_a_syntax_error_are_reported_and_nothing_after_it()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"");
        document = Change(document, "\"decisions\": 164", "\"decisions\": 164 164");
        document = Change(document, "\"other\": 2,", "\"other\": -2,");

        var result = ReportJson.Read(document);

        Assert.Equal(["GDJ008", "GDJ001"], result.Findings.Select(f => f.RuleId));
        Assert.Equal(Where(document, "164 164", 4), (result.Findings[1].Line!.Value, result.Findings[1].Column!.Value));
    }

    [Theory]
    [InlineData("[1, 2]", "数组")]
    [InlineData("42", "数字 42")]
    [InlineData("\"report\"", "字符串 \"report\"")]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    public void A_root_that_is_not_an_object_is_GDJ002_at_the_empty_pointer(string document, string actual)
    {
        var finding = Single(ReportJson.Read(document), "GDJ002");

        Located(finding, "GDJ002", "", (1, 1));
        Assert.Equal("报告 应为对象，实际为" + actual, finding.Message);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_accepted_and_not_counted_as_a_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Example)).ToArray();
        var broken = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"year\": x}")).ToArray();

        Assert.Equal(ExampleReport, ReportJson.Read(bytes).Report);
        Assert.Equal(ExampleReport, ReportJson.Read("\uFEFF" + Example).Report);
        Assert.Equal(10, Single(ReportJson.Read(broken), "GDJ001").Column);
    }

    [Fact]
    public void Invalid_UTF8_is_GDJ001_where_it_begins_after_the_problems_before_it()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"");
        var marker = "我局无收取";
        var text = Encoding.UTF8.GetBytes(document);
        var at = Encoding.UTF8.GetByteCount(document.Substring(0, document.IndexOf(marker, StringComparison.Ordinal)));
        var bytes = text.Take(at).Concat(new byte[] { 0xC3, 0x28 }).Concat(text.Skip(at)).ToArray();

        var result = ReportJson.Read(bytes);

        Assert.Equal(["GDJ008", "GDJ001"], result.Findings.Select(f => f.RuleId));
        Located(result.Findings[1], "GDJ001", "/otherMatters", Where(document, marker));
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：不是有效的 UTF-8 字节序列", result.Findings[1].Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE4, 0xB8 })]
    public void Every_kind_of_invalid_UTF8_is_found(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"preamble\": \"ab").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        Located(Single(ReportJson.Read(bytes), "GDJ001"), "GDJ001", "/preamble", (1, 17));
    }

    [Fact]
    public void Bytes_outside_strings_that_are_not_UTF8_or_not_JSON()
    {
        var invalid = Encoding.UTF8.GetBytes("{\"year\": ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("}")).ToArray();

        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：不是有效的 UTF-8 字节序列", Single(ReportJson.Read(invalid), "GDJ001").Message);
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：此处的 U+54C8 不符合 JSON 语法", Single(ReportJson.Read("{\"year\": 哈}"), "GDJ001").Message);
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：此处的 U+1F600 不符合 JSON 语法", Single(ReportJson.Read("{\"year\": 😀}"), "GDJ001").Message);
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00x")]
    [InlineData("\\uD83D\\u0041")]
    public void A_lone_surrogate_escape_is_GDJ001(string escape)
    {
        var document = Change("\"otherMatters\": \"", "\"otherMatters\": \"" + escape);

        var finding = Single(ReportJson.Read(document), "GDJ001");

        Located(finding, "GDJ001", "/otherMatters", Where(document, "\"" + escape));
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_the_format_version_or_extensions_is_GDJ001()
    {
        var inExtensions = Change("\"otherMatters\": ", "\"extensions\": {\"a\": [\"\\uDBFF\"]}, \"otherMatters\": ");
        var inName = Change("\"year\": 2022,", "\"year\": 2022, \"\\uD800\": 1,");
        var inFormatVersion = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"\\uDFFF\"");

        Assert.Equal("/extensions", Single(ReportJson.Read(inExtensions), "GDJ001").Path);
        Assert.Equal("", Single(ReportJson.Read(inName), "GDJ001").Path);
        Assert.Equal("/formatVersion", Single(ReportJson.Read(inFormatVersion), "GDJ001").Path);
    }

    [Fact]
    public void A_string_holding_an_unpaired_surrogate_is_GDJ001_located_in_that_string()
    {
        var document = "{\n  \"年\": \"a\uD800\"}";

        Located(Single(ReportJson.Read(document), "GDJ001"), "GDJ001", "", (2, 10));
    }

    [Fact]
    public void NUL_bytes_are_GDJ001_inside_strings_and_outside()
    {
        var inString = Change("\"otherMatters\": \"", "\"otherMatters\": \"\0");
        var outside = Change("\"year\": 2022,", "\"year\": 2022,\0");

        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：不允许未转义的控制字符 U+0000", Single(ReportJson.Read(inString), "GDJ001").Message);
        Located(Single(ReportJson.Read(outside), "GDJ001"), "GDJ001", "", Where(outside, "\0"));
    }

    [Fact]
    public void The_example_cut_short_is_GDJ001_and_never_throws()
    {
        // Every byte of the opening, then every third byte: inside names, numbers, strings, multi-byte characters and between tokens.
        var bytes = Encoding.UTF8.GetBytes(Example.TrimEnd());
        for (var length = 0; length < bytes.Length; length += length < 512 ? 1 : 3)
        {
            var result = ReportJson.Read(bytes.AsSpan(0, length));

            Assert.Null(result.Report);
            Assert.Equal("GDJ001", result.Findings[result.Findings.Count - 1].RuleId);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GDJ003");
        }
    }

    [Fact]
    public void Deep_nesting_is_GDJ007_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var document = Change("\"otherMatters\": ", "\"extensions\": {\"x\": " + deep + "}, \"otherMatters\": ");

        var finding = Single(ReportJson.Read(document), "GDJ007");

        Located(finding, "GDJ007", "/extensions", Where(document, deep, 62));
        Assert.Equal("文档超出读取限制：嵌套深度超过 64 层，其余部分未读取", finding.Message);
        Assert.Equal(["GDJ002", "GDJ007"], ReportJson.Read(deep).Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("-0", 0)]
    [InlineData("0", 0)]
    [InlineData("9007199254740991", 9007199254740991)]
    public void Counts_at_the_edges_of_the_range_are_read(string written, long expected)
    {
        var document = Change("\"issued\": 4,", "\"issued\": " + written + ",");

        Assert.Equal(expected, ReportJson.Read(document).Report!.ProactiveDisclosure.NormativeDocuments.Issued);
    }

    [Theory]
    [InlineData("1e400", "GDJ002")]
    [InlineData("-1e400", "GDJ002")]
    [InlineData("-0.0", "GDJ002")]
    [InlineData("-1", "GDJ006")]
    [InlineData("9007199254740992", "GDJ006")]
    [InlineData("null", "GDJ002")]
    [InlineData("\"4\"", "GDJ002")]
    [InlineData("{}", "GDJ002")]
    public void Counts_that_are_not_counts(string written, string rule)
    {
        var document = Change("\"issued\": 4,", "\"issued\": " + written + ",");

        Located(Single(ReportJson.Read(document), rule), rule, "/proactiveDisclosure/normativeDocuments/issued", Where(document, "\"issued\": " + written, 10));
    }

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("1e2", "100")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("-0", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1.0000000000000000000000000000000000", "1")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void An_amount_is_any_number_of_at_least_0_that_a_decimal_holds_exactly(string written, string expected)
    {
        var document = Change("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": " + written);

        var amount = ReportJson.Read(document).Report!.ProactiveDisclosure.Fees.AmountTenThousandYuan;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("-0.5")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    public void An_amount_a_decimal_cannot_hold_exactly_is_GDJ006(string written)
    {
        var document = Change("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": " + written);

        var finding = Single(ReportJson.Read(document), "GDJ006");

        Located(finding, "GDJ006", "/proactiveDisclosure/fees/amountTenThousandYuan", Where(document, written));
        Assert.Contains("二、主动公开政府信息情况 › 行政事业性收费 › 本年收费金额（单位：万元） 的值 " + written, finding.Message);
    }

    [Theory]
    [InlineData("2022.0", "GDJ002")]
    [InlineData("\"2022\"", "GDJ002")]
    [InlineData("-2022", "GDJ006")]
    [InlineData("10000", "GDJ006")]
    public void A_year_that_is_not_a_four_digit_year(string written, string rule)
    {
        var document = Change("\"year\": 2022", "\"year\": " + written);

        Located(Single(ReportJson.Read(document), rule), rule, "/year", Where(document, written));
    }
}
