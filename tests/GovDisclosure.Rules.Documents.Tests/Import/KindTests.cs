using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Import;

public class KindTests
{
    [Fact]
    public void A_docx_is_recognised_by_its_content_whatever_its_name()
    {
        var result = PublishedDocument.Import(WordDocuments.FromLines(Reports.SeedText.Split('\n')), new DocumentImportOptions { FileName = "report.txt", ContentType = "text/plain" });
        Reports.AssertSame(Reports.Seed, result.Report);
    }

    [Fact]
    public void Html_json_and_text_are_recognised_by_their_content()
    {
        var html = PublishedDocument.Import(Reports.Utf8(PublishedDocument.ExportHtml(Reports.Seed)), new DocumentImportOptions { FileName = "x.docx" });
        var json = PublishedDocument.Import(ReportJson.WriteUtf8(Reports.Seed), new DocumentImportOptions { FileName = "x.html" });
        var text = PublishedDocument.Import(Reports.Utf8(Reports.SeedText), new DocumentImportOptions { FileName = "x.json" });
        foreach (var result in new[] { html, json, text })
        {
            Reports.AssertSame(Reports.Seed, result.Report);
        }
    }

    [Fact]
    public void Markup_that_names_no_html_element_is_html_when_the_name_or_media_type_says_so()
    {
        var fragment = Reports.Utf8("<section><article>某某局 2022 年政府信息公开工作年度报告</article></section>");
        Assert.Contains(PublishedDocument.Import(fragment, new DocumentImportOptions { FileName = "a.htm" }).Findings, f => f.RuleId == "GDT001");
        Assert.Contains(PublishedDocument.Import(fragment, new DocumentImportOptions { ContentType = "text/html" }).Findings, f => f.RuleId == "GDT001");
        var asText = PublishedDocument.Import(fragment);
        Assert.Equal(PublishedText.Import(fragment).Findings, asText.Findings);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, ".doc", ".docx")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF", ".docx")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image", ".docx")]
    [InlineData(new byte[] { 0x7B, 0x5C, 0x72, 0x74, 0x66, 0x31 }, "Rich Text", ".docx")]
    public void A_kind_that_cannot_be_read_gets_GDT008_naming_it_and_what_to_supply(byte[] bytes, string kind, string instead)
    {
        var english = PublishedDocument.Import(bytes, new DocumentImportOptions { Language = MessageLanguage.English });
        var finding = Assert.Single(english.Findings);
        Assert.Equal(TextRules.UnreadableKind.Id, finding.RuleId);
        Assert.Contains(kind, finding.Message);
        Assert.Contains(instead, finding.Message);
        Assert.Null(english.Report);
        var chinese = Assert.Single(PublishedDocument.Import(bytes).Findings);
        Assert.Contains("无法读取这种输入", chinese.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_and_a_damaged_docx_get_GDT008()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook/>");
        }

        var xlsx = Assert.Single(PublishedDocument.Import(stream.ToArray(), new DocumentImportOptions { Language = MessageLanguage.English }).Findings);
        Assert.Equal("GDT008", xlsx.RuleId);
        Assert.Contains("not a Word document", xlsx.Message);

        using var damaged = new MemoryStream();
        using (var zip = new ZipArchive(damaged, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        }

        var broken = Assert.Single(PublishedDocument.Import(damaged.ToArray(), new DocumentImportOptions { Language = MessageLanguage.English }).Findings);
        Assert.Equal("GDT008", broken.RuleId);
        Assert.Contains("damaged", broken.Message);
    }

    [Fact]
    public void A_stream_reads_as_its_bytes_do()
    {
        var bytes = PublishedDocument.ExportDocx(Reports.Seed);
        Reports.AssertSame(Reports.Seed, PublishedDocument.Import(new MemoryStream(bytes)).Report);
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<System.ArgumentNullException>(() => PublishedDocument.Import((byte[])null!));
        Assert.Throws<System.ArgumentNullException>(() => PublishedDocument.Import((Stream)null!));
        Assert.Throws<System.ArgumentNullException>(() => PublishedDocument.ExportDocx(null!));
        Assert.Throws<System.ArgumentNullException>(() => PublishedDocument.ExportDocx(Reports.Seed, null!));
        Assert.Throws<System.ArgumentNullException>(() => PublishedDocument.ExportHtml(null!));
    }
}
