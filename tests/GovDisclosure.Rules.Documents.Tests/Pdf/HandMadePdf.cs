using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>PDFs written byte by byte for the tests: object 1 is the catalog; the cross-reference table is right unless told otherwise.</summary>
internal static class HandMadePdf
{
    internal static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>A PDF of the given objects (numbered from 1), with <paramref name="trailer"/> added to the trailer dictionary.</summary>
    internal static byte[] Build(IReadOnlyList<byte[]> objects, string trailer = "", bool wrongOffsets = false)
    {
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Ascii(text));
        Write("%PDF-1.7\n%\u00e2\u00e3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write($"{(wrongOffsets ? (offset * 7) + 3 : offset):D10} 00000 n \n");
        }

        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer} >>\nstartxref\n{(wrongOffsets ? xref + 11 : xref)}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A stream object holding <paramref name="data"/>, with more entries in its dictionary.</summary>
    internal static byte[] Stream(byte[] data, string entries = "")
    {
        using var body = new MemoryStream();
        body.Write(Ascii($"<< /Length {data.Length} {entries} >>\nstream\n"));
        body.Write(data);
        body.Write(Ascii("\nendstream"));
        return body.ToArray();
    }

    /// <summary>Zlib-wrapped deflate, as PDF's FlateDecode holds it.</summary>
    internal static byte[] Flate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Pages, each drawing <paramref name="content"/> (with Helvetica as /F1 and the XObjects given).</summary>
    internal static List<byte[]> Pages(int count, byte[] content, string xobjects = "")
    {
        // 1 catalog, 2 pages, 3 font, 4 content, 5.. pages
        var kids = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            kids.Append($"{5 + i} 0 R ");
        }

        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids}] /Count {count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            content,
        };
        for (var i = 0; i < count; i++)
        {
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> {xobjects} >> >>"));
        }

        return objects;
    }

    /// <summary>A page of text in Helvetica.</summary>
    internal static byte[] TextPages(int count, string text = "Annual report") =>
        Build(Pages(count, Stream(Ascii($"BT /F1 12 Tf 72 700 Td ({text}) Tj ET"))));
}
