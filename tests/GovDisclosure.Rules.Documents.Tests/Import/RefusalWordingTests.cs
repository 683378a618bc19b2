using System.Linq;
using System.Text;
using GovDisclosure.Rules.Documents.Tests.Pdf;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Import;

/// <summary>
/// A document refused whole (GDT008, GDT009) is worded from the catalogue like every other finding: its key is the rule ID,
/// its one argument the reason (a catalogue key and its values), and either catalogue words it as the library does in that
/// language. The English messages are pinned to the letter.
/// </summary>
public class RefusalWordingTests
{
    /// <summary>Each way a document is refused: its name, the rule, the reason's key and the English message.</summary>
    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "legacy office", "GDT008", "Document.LegacyOffice", "This kind of input cannot be read: a legacy Word document (.doc, or another legacy Office file): save it in Word as .docx or as a web page (.html) and upload that" },
        { "image", "GDT008", "Document.Image", "This kind of input cannot be read: an image: a report cannot be read from a picture; upload its Word document (.docx), web page (.html) or text instead" },
        { "rtf", "GDT008", "Document.Rtf", "This kind of input cannot be read: a Rich Text Format document: save it in Word as .docx and upload that" },
        { "other archive", "GDT008", "Document.OtherArchive", "This kind of input cannot be read: a ZIP archive that is not a Word document (such as .xlsx or .zip): upload the report's Word document (.docx), web page (.html) or text instead" },
        { "damaged word", "GDT008", "Document.DamagedWord", "This kind of input cannot be read: a damaged Word document (.docx) that cannot be opened: save it again in Word and upload that" },
        { "undecodable page", "GDT008", "Document.Undecodable", "This kind of input cannot be read: the page's bytes do not decode: the text is neither valid UTF-8 (undecodable from byte 16) nor valid GB18030" },
        { "too large", "GDT009", "Document.TooLarge", "The document exceeds an import limit: the document is larger than 10 bytes" },
        { "html nesting", "GDT009", "Document.Nesting", "The document exceeds an import limit: elements nested deeper than 256" },
        { "span", "GDT009", "Document.Span", "The document exceeds an import limit: a cell spans 100000 rows or columns; the limit is 1000" },
        { "grid cells", "GDT009", "Document.GridCells", "The document exceeds an import limit: more than 200000 table cells" },
        { "entries", "GDT009", "Document.Entries", "The document exceeds an import limit: the package holds 3 entries; the limit is 2" },
        { "uncompressed", "GDT009", "Document.Uncompressed", "The document exceeds an import limit: more than 1000 bytes uncompressed" },
        { "part", "GDT009", "Document.PartTooLarge", "The document exceeds an import limit: the part word/document.xml is more than 100 bytes uncompressed" },
        { "dtd", "GDT009", "Document.Dtd", "The document exceeds an import limit: the document declares a DTD or entities, which are not read" },
        { "pdf without text", "GDT008", "Pdf.NoTextLayer", "This kind of input cannot be read: a PDF without a text layer (a scan or pictures): upload the report's text, Word document (.docx) or web page (.html), or run text recognition (OCR) on the PDF first" },
        { "encrypted pdf", "GDT008", "Pdf.Encrypted", "This kind of input cannot be read: an encrypted PDF: upload an unencrypted PDF, or the report's Word document (.docx), web page (.html) or text instead" },
        { "damaged pdf", "GDT008", "Pdf.Damaged", "This kind of input cannot be read: a damaged PDF that cannot be read: export the PDF again, or upload the report's Word document (.docx), web page (.html) or text instead" },
        { "pdf lines", "GDT009", "Pdf.LinesOnPage", "The document exceeds an import limit: page 1 of the PDF draws more than 20000 lines" },
        { "pdf pages", "GDT009", "Pdf.Pages", "The document exceeds an import limit: the PDF has 3 pages; the limit is 2" },
        { "pdf objects", "GDT009", "Pdf.Objects", "The document exceeds an import limit: the PDF has 7 objects; the limit is 4" },
        { "pdf stream", "GDT009", "Pdf.StreamTooLarge", "The document exceeds an import limit: a stream of the PDF decompresses to more than 1024 bytes" },
        { "pdf nesting", "GDT009", "Pdf.Nesting", "The document exceeds an import limit: the PDF's arrays or dictionaries nest deeper than 256 (at byte 443)" },
        { "pdf chain", "GDT009", "Pdf.ReferenceChain", "The document exceeds an import limit: the PDF's objects refer to one another in a loop, or in a chain longer than 256 (object 4 0)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refused_document_is_worded_from_the_catalogue_in_either_language(string refusal, string ruleId, string reason, string english)
    {
        var (bytes, options) = Document(refusal);
        var inEnglish = Assert.Single(PublishedDocument.Import(bytes, options with { Language = MessageLanguage.English }).Findings);
        var inChinese = Assert.Single(PublishedDocument.Import(bytes, options with { Language = MessageLanguage.Chinese }).Findings);
        Assert.Equal(english, inEnglish.Message);
        foreach (var finding in new[] { inEnglish, inChinese })
        {
            Assert.Equal(ruleId, finding.RuleId);
            Assert.Equal(ruleId, finding.MessageKey);
            Assert.Equal(reason, Assert.IsType<MessagePart>(Assert.Single(finding.Arguments)).Key);
            Assert.Equal(1, finding.Line);
        }

        Assert.Equal(inEnglish.Message, MessageCatalog.English.Format(inChinese));
        Assert.Equal(inChinese.Message, MessageCatalog.Chinese.Format(inEnglish));
        Assert.Equal(inChinese.Message, MessageCatalog.Chinese.Format(inChinese));
        Assert.StartsWith(ruleId == "GDT008" ? "无法读取这种输入：" : "文档超出导入上限：", inChinese.Message, System.StringComparison.Ordinal);
    }

    private static (byte[] Bytes, DocumentImportOptions Options) Document(string refusal)
    {
        var none = DocumentImportOptions.Default;
        var word = LimitTests.Package(("word/document.xml", LimitTests.Document("<w:p><w:r><w:t>x</w:t></w:r></w:p>")), ("word/a.xml", "<a/>"), ("word/b.xml", "<b/>"));
        var text = HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET")));
        return refusal switch
        {
            "legacy office" => ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], none),
            "image" => ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], none),
            "rtf" => ("{\\rtf1"u8.ToArray(), none),
            "other archive" => (LimitTests.Package(("xl/workbook.xml", "<workbook/>")), none),
            "damaged word" => (LimitTests.Package(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")), none),
            "undecodable page" => ([.. "<html><body><p>"u8, 0x81, 0x20, 0xFF, 0xFE, 0x80], none),
            "too large" => (new byte[11], none with { MaxDocumentBytes = 10 }),
            "html nesting" => (Ascii("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 1_000)) + "x</body></html>"), none),
            "span" => (Ascii("<table><tr><td rowspan=\"100000\">1</td></tr></table>"), none),
            "grid cells" => (Ascii("<table>" + string.Concat(Enumerable.Repeat("<tr>" + string.Concat(Enumerable.Repeat("<td colspan=\"1000\">1</td>", 50)) + "</tr>", 10)) + "</table>"), none),
            "entries" => (word, none with { MaxEntries = 2 }),
            "uncompressed" => (LimitTests.Package(("word/document.xml", LimitTests.Document("")), ("word/media/a.bin", new string('0', 2_000))), none with { MaxUncompressedBytes = 1_000 }),
            "part" => (LimitTests.Package(("word/document.xml", LimitTests.Document(new string(' ', 200)))), none with { MaxPartBytes = 100 }),
            "dtd" => (LimitTests.Package(("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"e\">]>" + LimitTests.Document("<w:p><w:r><w:t>&e;</w:t></w:r></w:p>"))), none),
            "pdf without text" => (HandMadePdf.Build(HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("q Q")))), none),
            "encrypted pdf" => (Encrypted(text), none),
            "damaged pdf" => (Ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), none),
            "pdf lines" => (HandMadePdf.Build(HandMadePdf.Pages(1, HandMadePdf.Stream(Ascii(string.Concat(Enumerable.Repeat("72 100 m 500 100 l S ", 20_001)))))), none),
            "pdf pages" => (HandMadePdf.TextPages(3), none with { MaxPages = 2 }),
            "pdf objects" => (HandMadePdf.TextPages(3), none with { MaxObjects = 4 }),
            "pdf stream" => (HandMadePdf.Build(HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Flate(new byte[64 * 1024]), "/Filter /FlateDecode"))), none with { MaxStreamBytes = 1024 }),
            "pdf nesting" => (HandMadePdf.Build(Nested(text)), none),
            "pdf chain" => (HandMadePdf.Build(Chain()), none),
            _ => throw new System.ArgumentException(refusal, nameof(refusal)),
        };
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] Encrypted(System.Collections.Generic.List<byte[]> objects)
    {
        objects.Add(HandMadePdf.Ascii("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>"));
        return HandMadePdf.Build(objects, $"/Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    private static System.Collections.Generic.List<byte[]> Nested(System.Collections.Generic.List<byte[]> objects)
    {
        objects[2] = HandMadePdf.Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Widths " + new string('[', 1_000) + new string(']', 1_000) + " >>");
        return objects;
    }

    private static System.Collections.Generic.List<byte[]> Chain()
    {
        var objects = HandMadePdf.Pages(1, HandMadePdf.Ascii("6 0 R"));
        for (var i = 6; i < 6 + 1_000; i++)
        {
            objects.Add(HandMadePdf.Ascii($"{i + 1} 0 R"));
        }

        objects.Add(HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET")));
        return objects;
    }
}
