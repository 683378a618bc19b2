using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Import;

/// <summary>Hostile documents: each is refused with GDT009 within the limits, never an exception, a hang or running out of memory.</summary>
public class LimitTests
{
    internal static Finding Refused(byte[] bytes, DocumentImportOptions? options = null)
    {
        var result = PublishedDocument.Import(bytes, options);
        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(TextRules.LimitExceeded.Id, finding.RuleId);
        return finding;
    }

    [Fact]
    public void A_page_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var page = Encoding.ASCII.GetBytes("<html><body>" + new string('a', 40 * 1024 * 1024) + "</body></html>");
        Assert.Contains("33554432", Refused(page).Message);
        var stream = new CountingStream(100L * 1024 * 1024);
        Assert.Equal("GDT009", Assert.Single(PublishedDocument.Import(stream).Findings).RuleId);
        Assert.True(stream.Consumed < 34L * 1024 * 1024, $"read {stream.Consumed} bytes of a 100 MB stream");
    }

    [Theory]
    [InlineData("div")]
    [InlineData("table><tr><td")]
    [InlineData("span")]
    public void Ten_thousand_deep_nesting_is_refused(string open)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<" + open + ">", 10_000)) + "x</body></html>";
        Assert.Contains("256", Refused(Encoding.ASCII.GetBytes(html), new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }

    [Fact]
    public void A_page_of_unclosed_paragraphs_is_not_deep()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>段落", 5_000)) + "</body></html>";
        Assert.DoesNotContain(PublishedDocument.Import(Encoding.UTF8.GetBytes(html)).Findings, f => f.RuleId == "GDT009");
    }

    [Theory]
    [InlineData("rowspan")]
    [InlineData("colspan")]
    public void A_span_of_a_hundred_thousand_is_refused(string attribute)
    {
        var html = $"<table><tr><td {attribute}=\"100000\">1</td><td>2</td></tr><tr><td>3</td></tr></table>";
        Assert.Contains("100000", Refused(Encoding.ASCII.GetBytes(html), new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }

    [Fact]
    public void Many_wide_spans_are_refused_by_the_grid_cell_budget()
    {
        var row = "<tr>" + string.Concat(Enumerable.Repeat("<td colspan=\"1000\">1</td>", 50)) + "</tr>";
        var html = "<table>" + string.Concat(Enumerable.Repeat(row, 10)) + "</table>";
        Assert.Contains("200000", Refused(Encoding.ASCII.GetBytes(html), new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }

    [Fact]
    public void A_word_grid_span_of_a_hundred_thousand_is_refused()
    {
        var cell = WordDocuments.Cell("1", span: 100_000);
        var docx = WordDocuments.Of(new DocumentFormat.OpenXml.Wordprocessing.Table(new DocumentFormat.OpenXml.Wordprocessing.TableRow(cell)));
        Refused(docx);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_uncompressed_size()
    {
        var bomb = Package(("word/document.xml", Document("")), ("word/media/bomb.bin", new string('0', 40 * 1024 * 1024)));
        Assert.Contains("word/media/bomb.bin", Refused(bomb, new DocumentImportOptions { Language = MessageLanguage.English, MaxPartBytes = 16 * 1024 * 1024 }).Message);
        Assert.Contains("uncompressed", Refused(bomb, new DocumentImportOptions { Language = MessageLanguage.English, MaxUncompressedBytes = 1024 * 1024 }).Message);
    }

    [Fact]
    public void A_main_part_larger_than_the_part_limit_is_refused()
    {
        var body = string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>字</w:t></w:r></w:p>", 40_000));
        var docx = Package(("word/document.xml", Document(body)));
        Assert.Contains("word/document.xml", Refused(docx, new DocumentImportOptions { Language = MessageLanguage.English, MaxPartBytes = 100_000 }).Message);
    }

    [Fact]
    public void Too_many_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 1_001).Select(i => ($"word/x{i}.xml", "<x/>")).Prepend(("word/document.xml", Document(""))).ToArray();
        Assert.Contains("1000", Refused(Package(entries), new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }

    [Fact]
    public void A_dtd_and_its_entities_are_refused()
    {
        var lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
        Assert.Contains("DTD", Refused(Package(("word/document.xml", lol)), new DocumentImportOptions { Language = MessageLanguage.English }).Message);
    }

    [Fact]
    public void Ten_thousand_deep_word_markup_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 5_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 5_000));
        Refused(Package(("word/document.xml", Document(deep))));
    }

    internal static string Document(string body) =>
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>";

    internal static byte[] Package(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>An endless-looking stream of spaces that counts what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        internal long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => Consumed; set => throw new System.NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)System.Math.Min(count, length - Consumed);
            System.Array.Fill(buffer, (byte)' ', offset, n);
            Consumed += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
    }
}
