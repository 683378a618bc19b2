using System.Linq;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// The words of the reader's messages in both languages: each JSON type by name, the reader limits, escapes and
/// surrogates, long excerpts, and member names that a JSON Pointer must escape wherever they fall.
/// </summary>
public class JsonMessageWordingTests
{
    private static readonly JsonReadOptions English = new() { Language = MessageLanguage.English };

    private static string Message(string json, string ruleId, JsonReadOptions? options = null) =>
        ReportJson.Read(json, options).Findings.Single(f => f.RuleId == ruleId).Message;

    [Theory]
    [InlineData("{\"agency\": [1]}", " 应为对象，实际为数组", " should be an object, but is an array")]
    [InlineData("{\"agency\": 3}", " 应为对象，实际为数字 3", " should be an object, but is a number 3")]
    [InlineData("{\"preamble\": {}}", " 应为字符串，实际为对象", " should be a string, but is an object")]
    [InlineData("{\"proactiveDisclosure\": {\"fees\": {\"amountTenThousandYuan\": \"1\"}}}",
        " 应为不小于 0 的数字，实际为字符串 \"1\"", " should be a number ≥ 0, but is a string \"1\"")]
    [InlineData("{\"preamble\": false}", " 应为字符串，实际为false", " should be a string, but is false")]
    public void Each_type_is_named_in_both_languages(string json, string chinese, string english)
    {
        Assert.EndsWith(chinese, Message(json, "GDJ002"));
        Assert.EndsWith(english, Message(json, "GDJ002", English));
    }

    [Fact]
    public void A_long_text_is_cut_to_forty_characters_in_a_message()
    {
        var forty = new string('x', 40);
        Assert.EndsWith("\"" + forty + "\"", Message("{\"year\": \"" + forty + "\"}", "GDJ002"));
        Assert.EndsWith("\"" + forty + "…\"", Message("{\"year\": \"" + forty + "y\"}", "GDJ002"));
    }

    [Theory]
    [InlineData(10, 0, 0, 0, "the document is larger than 10 bytes")]
    [InlineData(0, 2, 0, 0, "values are nested deeper than 2 levels")]
    [InlineData(0, 0, 3, 0, "a string is longer than 3 characters")]
    [InlineData(0, 0, 0, 2, "the document has more than 2 members")]
    public void Each_reader_limit_in_English(int bytes, int depth, int length, int members, string reason)
    {
        var options = new JsonReadOptions { Language = MessageLanguage.English };
        options = bytes > 0 ? options with { MaxDocumentBytes = bytes } : options;
        options = depth > 0 ? options with { MaxDepth = depth } : options;
        options = length > 0 ? options with { MaxStringLength = length } : options;
        options = members > 0 ? options with { MaxMembers = members } : options;

        var finding = Single(ReportJson.Read(Example, options), "GDJ007");
        Assert.Equal("The document exceeds a reader limit: " + reason + "; the rest was not read", finding.Message);
    }

    [Fact]
    public void Escapes_and_surrogates_in_both_languages()
    {
        const string escape = "{\"preamble\": \"\\uD800\"}";
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：字符串含有无效的转义（如不成对的代理项 \\uD800）", Message(escape, "GDJ001"));
        Assert.Equal("Not well-formed JSON or not valid UTF-8: a string holds an invalid escape (such as a lone surrogate \\uD800)", Message(escape, "GDJ001", English));

        const string lone = "{\"preamble\": \"\uD800\"}";
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：文本含有不成对的代理项，无法编码为 UTF-8", Message(lone, "GDJ001"));
        Assert.Equal("Not well-formed JSON or not valid UTF-8: the text holds an unpaired surrogate and cannot be encoded as UTF-8", Message(lone, "GDJ001", English));
    }

    [Fact]
    public void A_lone_surrogate_is_placed_counting_a_pair_as_one_character()
    {
        // In code, not in attributes: an attribute's string is stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal((1, 16), Place("{\"preamble\": \"𐀀\uD800\"}"));
        Assert.Equal((1, 17), Place("{\"preamble\": \"𐀀𐀀\uDC00\"}"));
        Assert.Equal((2, 14), Place("{\n\"preamble\": \"\uDFFF\"}"));
        Assert.Equal((1, 1), Place("\uDC00{}"));

        static (int?, int?) Place(string json)
        {
            var finding = Assert.Single(ReportJson.Read(json).Findings);
            Assert.Equal("GDJ001", finding.RuleId);
            return (finding.Line, finding.Column);
        }
    }

    [Theory]
    [InlineData("/x", "/~1x")]
    [InlineData("x/", "/x~1")]
    [InlineData("~", "/~0")]
    [InlineData("a~b/c", "/a~0b~1c")]
    public void A_member_name_is_escaped_in_its_pointer_wherever_the_characters_fall(string name, string pointer) =>
        Assert.Equal(pointer, ReportJson.Read("{\"" + name + "\": 1}").Findings.Single(f => f.RuleId == "GDJ004").Path);
}
