using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// Documents too big or too deep to keep as files, built here: each stops the reader at a limit with one located GDJ007,
/// and none overflows the stack or is read past its limit.
/// </summary>
public class HugeJsonTests
{
    private const int FiftyMegabytes = 50 * 1024 * 1024;

    private const string OtherMatters = "\"otherMatters\": \"";

    [Fact]
    public void A_50_MB_string_is_over_the_default_size_limit_and_is_not_read()
    {
        var bytes = WithOtherMatters(Encoding.UTF8.GetBytes(new string('字', FiftyMegabytes / 3)));
        var stream = new TrickleStream(bytes, chunk: 64 * 1024);

        foreach (var result in new[] { ReportJson.Read(bytes), ReportJson.Read(Encoding.UTF8.GetString(bytes)), ReportJson.Read(stream) })
        {
            var finding = Single(result, "GDJ007");
            Located(finding, "GDJ007", "", (1, 1));
            Assert.Equal("文档超出读取限制：文档大小超过 4,194,304 字节，其余部分未读取", finding.Message);
        }

        Assert.InRange(stream.Consumed, JsonReadOptions.DefaultMaxDocumentBytes + 1, JsonReadOptions.DefaultMaxDocumentBytes + 64 * 1024);
    }

    [Fact]
    public void A_50_MB_string_within_the_size_limit_is_over_the_string_limit_where_it_begins()
    {
        var bytes = WithOtherMatters(Encoding.UTF8.GetBytes(new string('字', FiftyMegabytes / 3)));
        var roomy = new JsonReadOptions { MaxDocumentBytes = bytes.Length };

        var finding = Single(ReportJson.Read(bytes, roomy), "GDJ007");

        Located(finding, "GDJ007", "/otherMatters", Where(Example, OtherMatters, OtherMatters.Length - 1));
        Assert.Equal("文档超出读取限制：字符串长度超过 1,048,576 个字符，其余部分未读取", finding.Message);
    }

    [Fact]
    public void A_string_of_escapes_is_measured_by_the_characters_it_decodes_to()
    {
        // Six bytes each, so the bytes exceed the limit long before the characters do.
        string Escapes(int count) => new StringBuilder(count * 6).Insert(0, "\\u5b57", count).ToString();
        var atTheLimit = WithOtherMatters(Encoding.ASCII.GetBytes(Escapes(JsonReadOptions.DefaultMaxStringLength)));
        var pastIt = WithOtherMatters(Encoding.ASCII.GetBytes(Escapes(JsonReadOptions.DefaultMaxStringLength + 1)));
        var roomy = new JsonReadOptions { MaxDocumentBytes = pastIt.Length };

        Assert.Equal(new string('字', JsonReadOptions.DefaultMaxStringLength), ReportJson.Read(atTheLimit, roomy).Report!.OtherMatters);
        Located(Single(ReportJson.Read(pastIt, roomy), "GDJ007"), "GDJ007", "/otherMatters", Where(Example, OtherMatters, OtherMatters.Length - 1));
    }

    [Fact]
    public void A_member_name_and_a_string_in_extensions_over_the_string_limit()
    {
        var huge = new string('n', JsonReadOptions.DefaultMaxStringLength + 1);
        var name = Change("\"year\": 2022,", "\"year\": 2022, \"" + huge + "\": 1,");
        var extension = Change("\"otherMatters\": ", "\"extensions\": {\"a\": [\"" + huge + "\"]}, \"otherMatters\": ");

        Located(Single(ReportJson.Read(name), "GDJ007"), "GDJ007", "", Where(name, "\"year\": 2022, \"", 14));
        Located(Single(ReportJson.Read(extension), "GDJ007"), "GDJ007", "/extensions", Where(extension, "\"extensions\": {\"a\": [\"", 21));
    }

    [Fact]
    public void Objects_nested_100000_deep_at_the_root_stop_at_the_depth_limit()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000);

        var result = ReportJson.Read(deep);

        // The root is level 1; the object of level 65 begins after the root brace and 63 times {"a": of five characters.
        Assert.Equal(["GDJ004", "GDJ007"], result.Findings.Select(f => f.RuleId));
        Located(result.Findings[0], "GDJ004", "/a", (1, 2));
        Located(result.Findings[1], "GDJ007", "/a", (1, 1 + 5 * 64));
    }

    [Fact]
    public void Arrays_nested_100000_deep_in_a_member_of_the_format_stop_at_the_depth_limit_even_at_its_highest()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var document = Change("\"agency\": {", "\"agency\": " + deep + ", \"agencyX\": {");
        var options = new JsonReadOptions { MaxDepth = JsonReadOptions.MaxAllowedDepth };

        foreach (var result in new[] { ReportJson.Read(document, options), ReportJson.Read(new TrickleStream(Encoding.UTF8.GetBytes(document), chunk: 4096), options) })
        {
            Assert.Null(result.Report);
            Assert.Equal(["GDJ002", "GDJ007"], result.Findings.Select(f => f.RuleId));
            Located(result.Findings[0], "GDJ002", "/agency", Where(document, deep));
            Located(result.Findings[1], "GDJ007", "/agency", Where(document, deep, JsonReadOptions.MaxAllowedDepth - 1));
        }
    }

    [Fact]
    public void A_flood_of_members_in_extensions_stops_at_the_member_limit()
    {
        var flood = string.Join(",", Enumerable.Range(0, 300_000).Select(i => "\"m" + i + "\":0"));
        var document = Change("\"otherMatters\": ", "\"extensions\": {" + flood + "}, \"otherMatters\": ");

        var finding = Single(ReportJson.Read(document), "GDJ007");

        // Before the flood come every member of the example but otherMatters, its last, and extensions itself.
        var past = JsonReadOptions.DefaultMaxMembers - (CountMembers(Example) - 1) - 1;
        Located(finding, "GDJ007", "/extensions", Where(document, "\"m" + past + "\":"));
    }

    private static byte[] WithOtherMatters(byte[] content)
    {
        var at = Example.IndexOf(OtherMatters, StringComparison.Ordinal) + OtherMatters.Length;
        var end = Example.IndexOf('"', at);
        var prefix = Encoding.UTF8.GetBytes(Example.Substring(0, at));
        var suffix = Encoding.UTF8.GetBytes(Example.Substring(end));
        return [.. prefix, .. content, .. suffix];
    }

    private static int CountMembers(string document)
    {
        var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes(document));
        var count = 0;
        while (reader.Read())
        {
            count += reader.TokenType == System.Text.Json.JsonTokenType.PropertyName ? 1 : 0;
        }

        return count;
    }
}
