using System.Text;
using GovDisclosure.Rules.Documents.Html;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Html;

public class EncodingTests
{
    private static readonly Encoding Gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static string Page(string head) =>
        "<html><head>" + head + "</head><body>" + PublishedDocument.ExportHtml(Reports.Seed) + "</body></html>";

    [Theory]
    [InlineData("<meta charset=\"gbk\">", null)]
    [InlineData("<meta charset='GB2312'>", null)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", null)]
    [InlineData("", "text/html; charset=GBK")]
    [InlineData("", null)]
    public void A_gbk_page_reads_by_its_declaration_or_by_detection(string head, string? contentType)
    {
        var result = PublishedDocument.Import(Gb.GetBytes(Page(head)), new DocumentImportOptions { ContentType = contentType });
        Reports.AssertSame(Reports.Seed, result.Report);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_declaration()
    {
        var bytes = new UTF8Encoding(true).GetPreamble();
        var page = Encoding.UTF8.GetBytes(Page("<meta charset=\"gbk\">"));
        var result = PublishedDocument.Import([.. bytes, .. page], new DocumentImportOptions { ContentType = "text/html; charset=gbk" });
        Reports.AssertSame(Reports.Seed, result.Report);
        var utf16 = Encoding.Unicode.GetPreamble();
        Reports.AssertSame(Reports.Seed, PublishedDocument.Import([.. utf16, .. Encoding.Unicode.GetBytes(Page(""))]).Report);
    }

    [Fact]
    public void A_stale_declaration_the_bytes_do_not_decode_in_falls_back_to_detection()
    {
        var result = PublishedDocument.Import(Gb.GetBytes(Page("<meta charset=\"utf-8\">")));
        Reports.AssertSame(Reports.Seed, result.Report);
    }

    [Fact]
    public void The_content_type_and_meta_are_read_for_their_charset()
    {
        Assert.Equal("GBK", HtmlDecoding.CharsetOf("text/html; charset=\"GBK\""));
        Assert.Null(HtmlDecoding.CharsetOf("text/html"));
        Assert.Equal("gb2312", HtmlDecoding.MetaCharset(Encoding.ASCII.GetBytes("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">")));
        Assert.Null(HtmlDecoding.MetaCharset(Encoding.ASCII.GetBytes("<meta name=\"keywords\" content=\"charset\">")));
    }

    [Fact]
    public void Bytes_that_decode_in_nothing_get_GDT008_not_garbage()
    {
        var result = PublishedDocument.Import([.. Encoding.ASCII.GetBytes("<html><body><p>"), 0x81, 0x20, 0xFF, 0xFE, 0x80]);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDT008", finding.RuleId);
    }
}
