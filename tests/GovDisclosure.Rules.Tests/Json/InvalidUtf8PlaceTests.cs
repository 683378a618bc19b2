using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// Bytes that are not UTF-8 inside a string are found at their first byte, after valid characters of every length, and
/// every ill-formed sequence of RFC 3629 is caught: overlong forms, surrogates, values above U+10FFFF, and lead bytes
/// whose continuation is missing.
/// </summary>
public class InvalidUtf8PlaceTests
{
    private static Finding InPreamble(string before, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"preamble\": \"" + before).Concat(bad).Concat(Encoding.UTF8.GetBytes("z\"}")).ToArray();
        var finding = Single(ReportJson.Read(bytes), "GDJ001");
        Assert.Equal("/preamble", finding.Path);
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：不是有效的 UTF-8 字节序列", finding.Message);
        return finding;
    }

    [Theory]
    [InlineData(new byte[] { 0xE0, 0x9F, 0xBF })]
    [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xC1, 0xBF })]
    [InlineData(new byte[] { 0xED, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xC3, 0x41 })]
    [InlineData(new byte[] { 0xE4, 0xB8, 0x41 })]
    [InlineData(new byte[] { 0xE4, 0x41, 0xAD })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x41 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x41, 0x80 })]
    [InlineData(new byte[] { 0xF1, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xBF })]
    public void Every_ill_formed_sequence_is_found_at_its_first_byte_after_characters_of_every_length(byte[] bad)
    {
        // é is 2 bytes, 中 3 and 😀 4, one character each: the column counts characters, so the bad byte is the 5th after the quote.
        var finding = InPreamble("aé中😀", bad);

        Assert.Equal((1, 15 + 4), (finding.Line, finding.Column));
    }

    [Theory]
    [InlineData(new byte[] { 0xE0, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF })]
    [InlineData(new byte[] { 0xEE, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xF3, 0xBF, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF })]
    [InlineData(new byte[] { 0xDF, 0xBF })]
    [InlineData(new byte[] { 0xC2, 0x80 })]
    public void The_well_formed_sequences_at_the_edges_of_each_range_are_read(byte[] good)
    {
        const string Marker = "\"preamble\": \"";
        var cut = Example.IndexOf(Marker, System.StringComparison.Ordinal) + Marker.Length;
        var bytes = Encoding.UTF8.GetBytes(Example.Substring(0, cut)).Concat(good).Concat(Encoding.UTF8.GetBytes(Example.Substring(cut))).ToArray();

        var report = ReportJson.Read(bytes).Report;

        Assert.NotNull(report);
        Assert.StartsWith(Encoding.UTF8.GetString(good), report.Preamble);
    }

    [Fact]
    public void Characters_with_lead_bytes_at_the_edge_of_each_range_are_stepped_over_whole()
    {
        // U+0080, U+07FF (C2, DF); U+0800, U+1000, U+D7FF, U+FFFD (E0, E1, ED, EF); U+10000, U+40000, U+FFFFF, U+100000, U+10FFFF (F0, F1, F3, F4).
        var edges = "\u0080\u07FF\u0800\u1000\uD7FF\uFFFD" + char.ConvertFromUtf32(0x10000) + char.ConvertFromUtf32(0x40000)
            + char.ConvertFromUtf32(0xFFFFF) + char.ConvertFromUtf32(0x100000) + char.ConvertFromUtf32(0x10FFFF);

        var finding = InPreamble(edges, [0xE0, 0x80, 0x80]);

        Assert.Equal((1, 15 + 11), (finding.Line, finding.Column));
    }

    [Fact]
    public void Invalid_bytes_after_a_long_run_of_ASCII_are_found_where_they_begin()
    {
        // Runs of eight ASCII bytes are skipped at a time: the bad byte stands at each place within such a run.
        for (var length = 0; length < 20; length++)
        {
            var finding = InPreamble(new string('x', length), [0xFF]);

            Assert.Equal(15 + length, finding.Column);
        }
    }

    [Fact]
    public void Invalid_bytes_in_a_value_that_is_skipped_are_found_too()
    {
        const string Extensions = "\"extensions\": {\"k\": [\"abcdefghij";
        var at = Example.IndexOf("\"otherMatters\": ", System.StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(Example.Substring(0, at) + Extensions).Concat(new byte[] { 0xE0, 0x80, 0x80 })
            .Concat(Encoding.UTF8.GetBytes("\"]}, " + Example.Substring(at))).ToArray();

        var finding = Single(ReportJson.Read(bytes), "GDJ001");

        Assert.Equal("/extensions", finding.Path);
        Assert.Equal(Where(Example, "\"otherMatters\": ").Column + Extensions.Length, finding.Column);
    }
}
