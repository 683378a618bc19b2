using System;
using System.Text;
using GovDisclosure.Rules.Documents.Word;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Recognises a document's kind from its content: the signatures of ZIP (then whether it holds word/document.xml), OLE,
/// PDF, RTF and images; JSON by its first character; HTML by its markup near the top. A file name or media type is
/// only a hint, consulted when markup could be a page or a fragment of text.
/// </summary>
internal static class KindRecognition
{
    private const int HeadChars = 4096;

    private static readonly string[] PageMarks = ["<!doctype html", "<html", "<head", "<body", "<meta", "<p", "<div", "<table", "<h1", "<h2", "<span", "<br", "<title", "<o:p"];

    internal static DocumentKind Recognise(byte[] bytes, string? fileName, string? contentType)
    {
        if (Starts(bytes, 0x50, 0x4B, 0x03, 0x04) || Starts(bytes, 0x50, 0x4B, 0x05, 0x06))
        {
            return WordPackage.HoldsWordDocument(bytes) ? DocumentKind.Word : DocumentKind.OtherZip;
        }

        if (Starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return DocumentKind.LegacyOffice;
        }

        if (Starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D))
        {
            return DocumentKind.Pdf;
        }

        if (Starts(bytes, 0x89, 0x50, 0x4E, 0x47) || Starts(bytes, 0xFF, 0xD8, 0xFF) || Starts(bytes, 0x47, 0x49, 0x46, 0x38)
            || Starts(bytes, 0x49, 0x49, 0x2A, 0x00) || Starts(bytes, 0x4D, 0x4D, 0x00, 0x2A))
        {
            return DocumentKind.Image;
        }

        var head = Head(bytes).TrimStart();
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return DocumentKind.Rtf;
        }

        if (head.StartsWith("{", StringComparison.Ordinal))
        {
            return DocumentKind.Json;
        }

        if (head.StartsWith("<", StringComparison.Ordinal))
        {
            foreach (var mark in PageMarks)
            {
                if (head.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return DocumentKind.Html;
                }
            }

            if (HintsHtml(fileName, contentType))
            {
                return DocumentKind.Html;
            }
        }

        return DocumentKind.Text;
    }

    private static bool HintsHtml(string? fileName, string? contentType) =>
        (fileName is not null && (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
        || (contentType is not null && contentType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The first characters, good enough to look for markup: UTF-16 by its mark, else bytes as Latin-1.</summary>
    private static string Head(byte[] bytes)
    {
        var length = Math.Min(bytes.Length, HeadChars * 2);
        if (Starts(bytes, 0xFF, 0xFE))
        {
            return Encoding.Unicode.GetString(bytes, 2, (length - 2) & ~1);
        }

        if (Starts(bytes, 0xFE, 0xFF))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, (length - 2) & ~1);
        }

        var start = Starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        var chars = new char[Math.Min(bytes.Length - start, HeadChars)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)bytes[start + i];
        }

        return new string(chars);
    }

    private static bool Starts(byte[] bytes, params byte[] signature)
    {
        if (bytes.Length < signature.Length)
        {
            return false;
        }

        for (var i = 0; i < signature.Length; i++)
        {
            if (bytes[i] != signature[i])
            {
                return false;
            }
        }

        return true;
    }
}
