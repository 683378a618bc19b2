using System;
using System.IO;
using System.Xml;
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
        catch (Exception e) when (kind == DocumentKind.Word && e is InvalidDataException or XmlException or IOException
            or InvalidOperationException or ArgumentException or FormatException)
        {
            // A damaged package fails in the ZIP, in its XML, or in what its markup says; each means the .docx cannot be opened.
            return Refusal.UnreadableKind(language, "Document.DamagedWord");
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
        var html = HtmlDecoding.Decode(bytes, options.ContentType, Gb18030.Strict, out var reason);
        if (html is null)
        {
            return Refusal.UnreadableKind(options.Language, "Document.Undecodable", reason);
        }

        return BlockImport.Import(HtmlBlockReader.Read(html, options), options.Language);
    }

    private static LoadResult TooLarge(DocumentImportOptions options) =>
        Refusal.LimitExceeded(options.Language, "Document.TooLarge", options.MaxDocumentBytes);

    private static LoadResult Unreadable(DocumentKind kind, MessageLanguage language) => kind switch
    {
        DocumentKind.LegacyOffice => Refusal.UnreadableKind(language, "Document.LegacyOffice"),
        DocumentKind.Image => Refusal.UnreadableKind(language, "Document.Image"),
        DocumentKind.Rtf => Refusal.UnreadableKind(language, "Document.Rtf"),
        _ => Refusal.UnreadableKind(language, "Document.OtherArchive"),
    };
}
