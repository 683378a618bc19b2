using System;
using System.IO;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using GovDisclosure.Rules.Documents.Html;
using GovDisclosure.Rules.Documents.Word;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Imports a document of any kind: recognises it, refuses what cannot be read (GDT008) or is beyond a limit (GDT009),
/// reads HTML and Word into blocks and the blocks into a report, and hands JSON and text to their own readers.
/// </summary>
internal static class DocumentImporter
{
    internal static LoadResult Import(byte[] bytes, DocumentImportOptions options)
    {
        var language = options.Language;
        if (bytes.Length > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var kind = KindRecognition.Recognise(bytes, options.FileName, options.ContentType);
        try
        {
            return kind switch
            {
                DocumentKind.Word => ImportWord(bytes, options),
                DocumentKind.Html => ImportHtml(bytes, options),
                DocumentKind.Pdf => Pdf.PdfReading.Import(bytes, options),
                DocumentKind.Json => ReportJson.Read(bytes, new JsonReadOptions { Language = language }),
                DocumentKind.Text => PublishedText.Import(bytes, new TextImportOptions { Language = language }),
                _ => Unreadable(kind, language),
            };
        }
        catch (ImportLimitException limit)
        {
            return Refusal.From(limit, language);
        }
        catch (Exception e) when (kind == DocumentKind.Word && e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or ArgumentException or FormatException)
        {
            // The SDK's word for a damaged package varies with the damage; each means the .docx cannot be opened.
            return Refusal.UnreadableKind(language, "损坏的 Word 文档（.docx），无法打开：请在 Word 中重新保存后上传",
                "a damaged Word document (.docx) that cannot be opened: save it again in Word and upload that");
        }
    }

    /// <summary>Reads a stream up to the size limit; a longer one is refused without being read to its end.</summary>
    internal static LoadResult Import(Stream stream, DocumentImportOptions options)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > options.MaxDocumentBytes)
            {
                return TooLarge(options);
            }
        }

        return Import(buffer.ToArray(), options);
    }

    private static LoadResult ImportWord(byte[] bytes, DocumentImportOptions options)
    {
        WordPackage.Check(bytes, options);
        return BlockImport.Import(WordBlockReader.Read(bytes, options), options.Language);
    }

    private static LoadResult ImportHtml(byte[] bytes, DocumentImportOptions options)
    {
        var html = HtmlDecoding.Decode(bytes, options.ContentType, Gb18030.Strict, out var chinese, out var english);
        if (html is null)
        {
            return Refusal.UnreadableKind(options.Language, "网页的字节无法解码：" + chinese, "the page's bytes do not decode: " + english);
        }

        return BlockImport.Import(HtmlBlockReader.Read(html, options), options.Language);
    }

    private static LoadResult TooLarge(DocumentImportOptions options) =>
        Refusal.LimitExceeded(options.Language, $"文档超过 {options.MaxDocumentBytes} 字节", $"the document is larger than {options.MaxDocumentBytes} bytes");

    private static LoadResult Unreadable(DocumentKind kind, MessageLanguage language) => kind switch
    {
        DocumentKind.LegacyOffice => Refusal.UnreadableKind(language,
            "旧版 Word 文档（.doc，或其他旧版 Office 文件）：请在 Word 中另存为 .docx 或网页（.html）后上传",
            "a legacy Word document (.doc, or another legacy Office file): save it in Word as .docx or as a web page (.html) and upload that"),
        DocumentKind.Image => Refusal.UnreadableKind(language,
            "图片：无法从图片读出报告，请上传报告的 Word 文档（.docx）、网页（.html）或文本",
            "an image: a report cannot be read from a picture; upload its Word document (.docx), web page (.html) or text instead"),
        DocumentKind.Rtf => Refusal.UnreadableKind(language,
            "RTF 文档：请在 Word 中另存为 .docx 后上传", "a Rich Text Format document: save it in Word as .docx and upload that"),
        _ => Refusal.UnreadableKind(language,
            "不是 Word 文档的压缩包（如 .xlsx 或 .zip）：请上传报告的 Word 文档（.docx）、网页（.html）或文本",
            "a ZIP archive that is not a Word document (such as .xlsx or .zip): upload the report's Word document (.docx), web page (.html) or text instead"),
    };
}
