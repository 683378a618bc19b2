using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// Every reason GDJ001 can give, in both languages, read from the bytes where the reader stopped: each kind of white
/// space, the very end of the document, and characters outside strings of every UTF-8 length.
/// </summary>
public class MalformedJsonReasonTests
{
    private static readonly JsonReadOptions English = new() { Language = MessageLanguage.English };

    private static string Reason(byte[] document, JsonReadOptions? options = null)
    {
        var message = Single(ReportJson.Read(document, options), "GDJ001").Message;
        var prefix = options is null ? "JSON 格式不正确或不是有效的 UTF-8：" : "Not well-formed JSON or not valid UTF-8: ";
        Assert.StartsWith(prefix, message);
        return message.Substring(prefix.Length);
    }

    private static string Reason(string document, JsonReadOptions? options = null) => Reason(Encoding.UTF8.GetBytes(document), options);

    [Theory]
    [InlineData("\r\n", "文档为空", "the document is empty")]
    [InlineData("\t\r", "文档为空", "the document is empty")]
    [InlineData("{\"year\": 2022", "文档意外结束", "the document ends too early")]
    [InlineData("{// 注释\n}", "JSON 不允许注释", "JSON allows no comments")]
    [InlineData("{\"year\": 2022 ,\r\n\t }", "JSON 不允许尾随逗号", "JSON allows no trailing comma")]
    [InlineData("{\"extensions\": {\"a\": [1,\n]}}", "JSON 不允许尾随逗号", "JSON allows no trailing comma")]
    [InlineData("{\u0001}", "不允许未转义的控制字符 U+0001", "an unescaped control character U+0001")]
    [InlineData("{\"year\": \u001f}", "不允许未转义的控制字符 U+001F", "an unescaped control character U+001F")]
    [InlineData("{\"agency\": {\"name\": \"哈尔滨市\n科学技术局\"}}", "不允许未转义的控制字符 U+000A", "an unescaped control character U+000A")]
    [InlineData("{\"preamble\": \"引\\\"言\t\"}", "不允许未转义的控制字符 U+0009", "an unescaped control character U+0009")]
    [InlineData("{\"preamble\": \"\\\\\\\"\\\\\r\"}", "不允许未转义的控制字符 U+000D", "an unescaped control character U+000D")]
    [InlineData("\uFEFF{\"preamble\": \"引言\t\"}", "不允许未转义的控制字符 U+0009", "an unescaped control character U+0009")]
    [InlineData("{\"preamble\": \"\\u0022\\\\\n\"}", "不允许未转义的控制字符 U+000A", "an unescaped control character U+000A")]
    [InlineData("\uFEFF{\"year\":\r\n tru\te}", "此处的 U+0009 不符合 JSON 语法", "U+0009 is not JSON syntax here")]
    [InlineData("{\"year\": tru\te}", "此处的 U+0009 不符合 JSON 语法", "U+0009 is not JSON syntax here")]
    [InlineData("{\"preamble\": \"\\\"\", \"year\": fals\ne}", "此处的 U+000A 不符合 JSON 语法", "U+000A is not JSON syntax here")]
    [InlineData("}", "此处的 '}' 不符合 JSON 语法", "'}' is not JSON syntax here")]
    [InlineData(" ]", "此处的 ']' 不符合 JSON 语法", "']' is not JSON syntax here")]
    [InlineData("{\"year\": !}", "此处的 '!' 不符合 JSON 语法", "'!' is not JSON syntax here")]
    [InlineData("{\"year\": ~}", "此处的 '~' 不符合 JSON 语法", "'~' is not JSON syntax here")]
    [InlineData("{\"year\": \u007f}", "此处的 U+007F 不符合 JSON 语法", "U+007F is not JSON syntax here")]
    [InlineData("{\"year\": é}", "此处的 U+00E9 不符合 JSON 语法", "U+00E9 is not JSON syntax here")]
    [InlineData("{\"year\": ऄ}", "此处的 U+0904 不符合 JSON 语法", "U+0904 is not JSON syntax here")]
    [InlineData("{\"year\": \uffff}", "此处的 U+FFFF 不符合 JSON 语法", "U+FFFF is not JSON syntax here")]
    [InlineData("{\"year\": 𐀀}", "此处的 U+10000 不符合 JSON 语法", "U+10000 is not JSON syntax here")]
    public void Each_reason_in_both_languages(string document, string chinese, string english)
    {
        Assert.Equal(chinese, Reason(document));
        Assert.Equal(english, Reason(document, English));
    }

    [Fact]
    public void Text_after_the_report_in_English()
    {
        Assert.Equal("there is more after the root value", Reason(Example + " {}", English));
        Assert.Equal("there is more after the root value", Reason(Example + "\r\n\t]", English));
    }

    [Fact]
    public void A_trailing_comma_is_told_apart_from_a_closing_bracket_with_nothing_before_it()
    {
        Assert.Equal("JSON 不允许尾随逗号", Reason("{\"extensions\": {\"a\": [1, \t\r\n]}}"));
        Assert.Equal("此处的 ']' 不符合 JSON 语法", Reason("{\"extensions\": ]}"));
        Assert.Equal("此处的 'x' 不符合 JSON 语法", Reason("{\"extensions\": {\"a\": [1, x]}}"));
    }

    [Theory]
    [InlineData(new byte[] { 0xE4 })]
    [InlineData(new byte[] { 0xE4, 0xB8 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    public void Bytes_that_are_not_UTF8_outside_strings_are_said_to_be_so_even_at_the_end_of_the_document(byte[] bad)
    {
        var document = Encoding.UTF8.GetBytes("{\"year\": ").Concat(bad).ToArray();

        var finding = Single(ReportJson.Read(document), "GDJ001");

        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：不是有效的 UTF-8 字节序列", finding.Message);
        Assert.Equal((1, 10), (finding.Line, finding.Column));
        Assert.Equal("bytes that are not valid UTF-8", Reason(document, English));
    }
}
