using System;
using System.IO;
using System.IO.Compression;
using System.Xml;
using GovDisclosure.Rules.Documents.Import;

namespace GovDisclosure.Rules.Documents.Word;

/// <summary>
/// Checks a .docx's ZIP before the Open XML SDK reads it: the number of entries, each entry's and the total
/// uncompressed size as declared, then the main part read through a counting stream (a ZIP may understate sizes) and
/// scanned with an XML reader that refuses any DTD — and so any entity — and measures how deep the elements nest.
/// </summary>
internal static class WordPackage
{
    /// <summary>The name of the main part every .docx holds.</summary>
    internal const string MainPart = "word/document.xml";

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

        using var main = new LimitedStream(zip.GetEntry(MainPart)!.Open(), options.MaxPartBytes, MainPart);
        Scan(main, options.MaxNesting);
    }

    private static void Scan(Stream main, int maxNesting)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(main, settings);
            while (reader.Read())
            {
                DocumentWork.Add(1);
                if (reader.Depth > maxNesting)
                {
                    throw ImportLimitException.Nesting(maxNesting);
                }
            }
        }
        catch (XmlException e) when (e.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            throw new ImportLimitException("Document.Dtd");
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
