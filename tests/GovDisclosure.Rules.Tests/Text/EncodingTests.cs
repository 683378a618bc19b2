using System;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

public class EncodingTests
{
    public static TheoryData<string> EncodingNames() => new(Encodings.All.Select(Name));

    private static string Name(Encoding e) => e.WebName + (e.GetPreamble().Length > 0 ? " with BOM" : "");

    [Theory]
    [MemberData(nameof(EncodingNames))]
    public void The_seed_in_each_encoding_imports_as_the_seed(string name)
    {
        var encoding = Encodings.All.Single(e => Name(e) == name);
        var bytes = Encodings.Bytes(SeedText.Text, encoding);

        var result = PublishedText.Import(bytes);

        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, PublishedText.Import(new ReadOnlySpan<byte>(bytes)).Report);
    }

    [Fact]
    public void GB18030_is_available_to_the_build_under_test()
    {
        // net10.0 asks the framework's CodePagesEncodingProvider; the netstandard2.0 build, running here on .NET 10, finds
        // the same provider in the shared framework by reflection, without registering anything for the host.
        Assert.NotNull(Gb18030.Strict);
        Assert.Throws<NotSupportedException>(() => Encoding.GetEncoding(54936));
    }

    [Fact]
    public void Without_GB18030_on_the_platform_GB18030_bytes_are_refused_and_UTF_8_still_reads()
    {
        var gb = PublishedText.Import(Encodings.Gb18030.GetBytes(SeedText.Text), gb18030: null, options: null);
        var finding = Assert.Single(gb.Findings);
        Assert.Equal("GDT006", finding.RuleId);
        Assert.Equal(3, finding.Line);
        Assert.Equal("无法读出标题：文本不是有效的 UTF-8（第 3 字节起），而本平台无法解码 GB18030（请注册 System.Text.CodePagesEncodingProvider）", finding.Message);
        Assert.Null(gb.Report);

        Assert.Empty(PublishedText.Import(Encoding.UTF8.GetBytes(SeedText.Text), gb18030: null, options: null).Findings);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF_8_nor_GB18030_are_refused_never_garbled()
    {
        var bytes = Encoding.UTF8.GetBytes("哈尔滨市科学技术局 2022 年政府信息公开工作年度报告\n").Concat(new byte[] { 0x80, 0xFF, 0x41 }).ToArray();
        var finding = Assert.Single(PublishedText.Import(bytes).Findings);
        Assert.Equal("GDT006", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("", finding.Path);
        Assert.Equal(2, finding.Line);
        Assert.Equal($"无法读出标题：文本既不是有效的 UTF-8（第 {bytes.Length - 2} 字节起无法解码），也不是有效的 GB18030", finding.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xC3 }, "UTF-8", 5)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00 }, "UTF-16 LE", 5)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0x00 }, "UTF-16 BE", 5)]
    public void Bytes_that_break_the_encoding_their_byte_order_mark_names_are_refused(byte[] bytes, string encoding, int at)
    {
        var finding = Assert.Single(PublishedText.Import(bytes).Findings);
        Assert.Equal("GDT006", finding.RuleId);
        Assert.Equal($"无法读出标题：文本以 {encoding} 字节顺序标记开头，但第 {at} 字节起不是有效的 {encoding}", finding.Message);
    }

    [Fact]
    public void UTF_16_without_a_byte_order_mark_is_refused_for_its_NUL_characters()
    {
        var bytes = Encoding.Unicode.GetBytes("Annual report\nline two");
        var finding = Assert.Single(PublishedText.Import(bytes, new TextImportOptions { Language = MessageLanguage.English }).Findings);
        Assert.Equal("The title cannot be read: the text contains NUL characters (U+0000): it is not UTF-8, UTF-16 or GB18030 text", finding.Message);
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void A_string_keeps_what_it_holds_and_loses_only_a_leading_byte_order_mark()
    {
        var result = PublishedText.Import("\uFEFF" + SeedText.Text);
        SeedText.AssertSameReport(JsonDocuments.ExampleReport, result.Report);
    }
}
