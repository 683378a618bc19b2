using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Xml;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Word;

/// <summary>
/// Checks a .docx's ZIP before its body is read: the number of entries, each entry's and the total uncompressed size as
/// declared, then the main part read through a counting stream (a ZIP may understate sizes) and scanned with an XML
/// reader that refuses any DTD — and so any entity — and measures how deep the elements nest. Finds the main part as
/// an Open Packaging reader does: named by the package's officeDocument relationship (transitional or ISO strict), with a
/// Word main part's content type in [Content_Types].xml.
/// </summary>
internal static class WordPackage
{
    /// <summary>The name of the main part every .docx holds.</summary>
    internal const string MainPart = "word/document.xml";

    private const string ContentTypesPart = "[Content_Types].xml";
    private const string RelationshipsPart = "_rels/.rels";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    // The relationship that names the main part; an ISO strict package names it in its own words.
    private static readonly string[] MainRelationships =
    [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    ];

    // A document, a template, and both with macros: the main parts a Word package may have.
    private static readonly string[] MainContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <summary>How every part is parsed: no DTD (so no entity), no resolver; whitespace kept, as a text may be only that.</summary>
    internal static XmlReaderSettings ReaderSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, CloseInput = true,
    };

    /// <summary>Whether a ZIP holds a Word document's main part; false for a damaged ZIP too.</summary>
    internal static bool HoldsWordDocument(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(MainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Throws <see cref="ImportLimitException"/> for a package beyond a limit or with a DTD.</summary>
    internal static void Check(byte[] bytes, DocumentImportOptions options)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new ImportLimitException("Document.Entries", zip.Entries.Count, options.MaxEntries);
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > options.MaxPartBytes)
            {
                throw PartTooLarge(entry.FullName, options.MaxPartBytes);
            }

            total += entry.Length;
            if (total > options.MaxUncompressedBytes)
            {
                throw new ImportLimitException("Document.Uncompressed", options.MaxUncompressedBytes);
            }
        }

        // A package that names no main part is refused by the reader; its word/document.xml is still held to the limits.
        var part = NamedMainPart(zip, options) ?? Entry(zip, MainPart) ?? throw Damaged("no main part");
        using var main = Open(part, options);
        Scan(main, options.MaxNesting);
    }

    /// <summary>
    /// The main part, as a package reader finds it; throws <see cref="InvalidDataException"/> for a package that names
    /// none, names a part it does not hold, or gives that part another content type than a Word document's.
    /// </summary>
    internal static ZipArchiveEntry MainPartOf(ZipArchive zip, DocumentImportOptions options)
    {
        var main = NamedMainPart(zip, options) ?? throw Damaged("no officeDocument relationship");
        var contentType = ContentType(zip, main, options);
        return Array.IndexOf(MainContentTypes, contentType) >= 0 ? main : throw Damaged("a main part of content type " + contentType);
    }

    /// <summary>A part's content, no more than the part limit of it.</summary>
    internal static Stream Open(ZipArchiveEntry part, DocumentImportOptions options) =>
        new LimitedStream(part.Open(), options.MaxPartBytes, part.FullName);

    /// <summary>Whether a name is of WordprocessingML, transitional or ISO strict.</summary>
    internal static bool IsWord(string ns) =>
        ns == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" || ns == "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>The part the package's officeDocument relationship names, or null when there is no such relationship.</summary>
    private static ZipArchiveEntry? NamedMainPart(ZipArchive zip, DocumentImportOptions options)
    {
        if (Entry(zip, RelationshipsPart) is not { } relationships)
        {
            return null;
        }

        using var xml = XmlReader.Create(Open(relationships, options), ReaderSettings);
        while (Read(xml))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.NamespaceURI == RelationshipsNamespace
                && Array.IndexOf(MainRelationships, xml.GetAttribute("Type")) >= 0)
            {
                if (xml.GetAttribute("TargetMode") == "External")
                {
                    throw Damaged("an external main part");
                }

                // A target is a URI relative to the package's root.
                var target = new Uri(new Uri("http://package/"), xml.GetAttribute("Target") ?? "");
                var name = Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/');
                return target.Host == "package" && Entry(zip, name) is { } part ? part : throw Damaged("a main part it does not hold");
            }
        }

        return null;
    }

    /// <summary>A part's content type: its override, else its extension's default.</summary>
    private static string? ContentType(ZipArchive zip, ZipArchiveEntry part, DocumentImportOptions options)
    {
        using var xml = XmlReader.Create(Open(Entry(zip, ContentTypesPart) ?? throw Damaged("no " + ContentTypesPart), options), ReaderSettings);
        var extension = Path.GetExtension(part.FullName).TrimStart('.');
        string? byDefault = null;
        while (Read(xml))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != ContentTypesNamespace)
            {
                continue;
            }

            if (xml.LocalName == "Override" && string.Equals(xml.GetAttribute("PartName"), "/" + part.FullName, StringComparison.OrdinalIgnoreCase))
            {
                return xml.GetAttribute("ContentType");
            }

            if (xml.LocalName == "Default" && byDefault is null && string.Equals(xml.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            {
                byDefault = xml.GetAttribute("ContentType");
            }
        }

        return byDefault;
    }

    /// <summary>An entry by its part name, which a package compares without case.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string name)
    {
        foreach (var entry in zip.Entries)
        {
            if (string.Equals(entry.FullName, name, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Reads the next node, counting it; a DTD is refused as beyond a limit.</summary>
    private static bool Read(XmlReader xml)
    {
        try
        {
            DocumentWork.Add(1);
            return xml.Read();
        }
        catch (XmlException e) when (e.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            throw new ImportLimitException("Document.Dtd");
        }
    }

    /// <summary>A package that cannot be opened; the importer refuses it as a damaged Word document.</summary>
    internal static InvalidDataException Damaged(string what) =>
        new(string.Format(CultureInfo.InvariantCulture, "The package cannot be opened as a Word document: {0}.", what));

    private static void Scan(Stream main, int maxNesting)
    {
        using var reader = XmlReader.Create(main, ReaderSettings);
        while (Read(reader))
        {
            if (reader.Depth > maxNesting)
            {
                throw ImportLimitException.Nesting(maxNesting);
            }
        }
    }

    internal static ImportLimitException PartTooLarge(string part, long limit) => new("Document.PartTooLarge", part, limit);

    /// <summary>Reads a stream and throws once more than a limit has come out of it.</summary>
    private sealed class LimitedStream(Stream inner, long limit, string part) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            return read > limit ? throw PartTooLarge(part, limit) : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
