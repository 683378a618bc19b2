using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>Past each limit of <see cref="JsonReadOptions"/>: one GDJ007, and nothing more read.</summary>
public class JsonReadLimitTests
{
    /// <summary>The example without its $schema (a string longer than the limits tried here) and with another agency name.</summary>
    private static string WithName(string name) =>
        Change(Change("\"$schema\": \"../gov-disclosure-report-2021.schema.json\",", ""), "\"name\": \"哈尔滨市科学技术局\"", "\"name\": \"" + name + "\"");

    [Fact]
    public void The_defaults_are_safe_and_read_the_example()
    {
        var defaults = JsonReadOptions.Default;

        Assert.Equal((MessageLanguage.Chinese, 4 * 1024 * 1024, 64, 1024 * 1024, 10_000),
            (defaults.Language, defaults.MaxDocumentBytes, defaults.MaxDepth, defaults.MaxStringLength, defaults.MaxMembers));
        Assert.NotNull(ReportJson.Read(Example, defaults).Report);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_not_read_at_all()
    {
        var bytes = Encoding.UTF8.GetBytes(Example);
        var options = new JsonReadOptions { MaxDocumentBytes = bytes.Length - 1 };

        foreach (var result in new[] { ReportJson.Read(bytes, options), ReportJson.Read(Example, options), ReportJson.Read(new MemoryStream(bytes), options) })
        {
            var finding = Single(result, "GDJ007");
            Located(finding, "GDJ007", "", (1, 1));
            Assert.Equal($"文档超出读取限制：文档大小超过 {(bytes.Length - 1).ToString("N0", CultureInfo.InvariantCulture)} 字节，其余部分未读取", finding.Message);
        }

        Assert.NotNull(ReportJson.Read(bytes, options with { MaxDocumentBytes = bytes.Length }).Report);
    }

    [Fact]
    public void A_stream_is_read_no_further_than_one_byte_past_the_limit()
    {
        var endless = new TrickleStream(new byte[10_000_000], chunk: 4096);

        var finding = Single(ReportJson.Read(endless, new JsonReadOptions { MaxDocumentBytes = 100_000 }), "GDJ007");

        Assert.Equal("", finding.Path);
        Assert.InRange(endless.Consumed, 100_001, 100_000 + 4096);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit()
    {
        // The report itself nests five levels deep (/applications/outcomes/withheld/stateSecret); the extensions here six.
        var document = Change("\"otherMatters\": ", "\"extensions\": {\"a\": {\"b\": [[[1]]]}}, \"otherMatters\": ");

        Assert.NotNull(ReportJson.Read(document, new JsonReadOptions { MaxDepth = 6 }).Report);
        var finding = Single(ReportJson.Read(document, new JsonReadOptions { MaxDepth = 5 }), "GDJ007");
        Located(finding, "GDJ007", "/extensions", Where(document, "[[[1]]]", 2));
        Assert.Equal("/applications/outcomes/withheld/stateSecret", Single(ReportJson.Read(document, new JsonReadOptions { MaxDepth = 4 }), "GDJ007").Path);
    }

    [Fact]
    public void A_string_over_the_limit_is_measured_in_characters_not_bytes()
    {
        // Thirty Chinese characters take 90 bytes of UTF-8; an escape takes six bytes for one character.
        var options = new JsonReadOptions { MaxStringLength = 30 };
        var thirty = string.Concat(Enumerable.Repeat("哈尔滨市科学技术局", 4)).Substring(0, 30);
        var escaped = string.Concat(thirty.Select(c => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)));

        // At the limit the name is read, and the preamble, much longer, is the first string past it.
        Assert.Equal("/preamble", Single(ReportJson.Read(WithName(thirty), options), "GDJ007").Path);
        Assert.Equal("/preamble", Single(ReportJson.Read(WithName(escaped), options), "GDJ007").Path);
        Located(Single(ReportJson.Read(WithName(thirty + "局"), options), "GDJ007"), "GDJ007", "/agency/name", Where(WithName(thirty + "局"), "\"" + thirty));
        Assert.Equal("/agency/name", Single(ReportJson.Read(WithName(escaped), options with { MaxStringLength = 29 }), "GDJ007").Path);
    }

    [Fact]
    public void A_character_beyond_U_FFFF_counts_as_two_characters_of_the_string_limit()
    {
        // 😀 takes four bytes of UTF-8 and two UTF-16 units: fifteen of them are thirty units, the limit.
        var options = new JsonReadOptions { MaxStringLength = 30 };
        var fifteen = string.Concat(Enumerable.Repeat("😀", 15));

        Assert.Equal("/preamble", Single(ReportJson.Read(WithName(fifteen), options), "GDJ007").Path);
        var over = Single(ReportJson.Read(WithName(fifteen + "a"), options), "GDJ007");
        Assert.Equal("/agency/name", over.Path);
        Assert.Equal("文档超出读取限制：字符串长度超过 30 个字符，其余部分未读取", over.Message);
    }

    [Fact]
    public void A_member_name_over_the_string_limit()
    {
        var name = new string('n', 2000);
        var document = Change("\"year\": 2022,", "\"year\": 2022, \"" + name + "\": 1,");

        var finding = Single(ReportJson.Read(document, new JsonReadOptions { MaxStringLength = 1000 }), "GDJ007");

        Located(finding, "GDJ007", "", Where(document, "\"" + name));
    }

    [Fact]
    public void More_members_than_the_limit_counting_those_in_extensions()
    {
        var members = CountMembers(Example);
        var document = Change("\"otherMatters\": ", "\"extensions\": {\"a\": 1, \"b\": [{\"c\": 2}]}, \"otherMatters\": ");

        // The extensions bring four members: extensions, a, b and c, the third of them past members + 2.
        Assert.NotNull(ReportJson.Read(document, new JsonReadOptions { MaxMembers = members + 4 }).Report);
        var finding = Single(ReportJson.Read(document, new JsonReadOptions { MaxMembers = members + 2 }), "GDJ007");
        Located(finding, "GDJ007", "/extensions", Where(document, "\"c\""));
        Assert.Equal($"文档超出读取限制：成员总数超过 {(members + 2).ToString("N0", CultureInfo.InvariantCulture)} 个，其余部分未读取", finding.Message);
    }

    [Theory]
    [InlineData(0, 64, 1, 1)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 257, 1, 1)]
    [InlineData(1, 64, 0, 1)]
    [InlineData(1, 64, 1, -1)]
    public void Limits_must_be_positive_and_the_depth_at_most_256(int bytes, int depth, int length, int members) =>
        Assert.ThrowsAny<ArgumentException>(() => new JsonReadOptions { MaxDocumentBytes = bytes, MaxDepth = depth, MaxStringLength = length, MaxMembers = members });

    private static int CountMembers(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var count = 0;
        while (reader.Read())
        {
            count += reader.TokenType == JsonTokenType.PropertyName ? 1 : 0;
        }

        return count;
    }
}
