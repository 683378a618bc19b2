using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;

namespace GovDisclosure.Rules.Documents.Export;

/// <summary>
/// Writes the official template as a .docx: the title centred in 小标宋, headings in 黑体, prose in 仿宋 with a two-character
/// indent, and the three tables with borders and their merged cells (gridSpan across, vMerge down) on A4 paper.
/// </summary>
/// <remarks>
/// The package is the least a Word document needs — [Content_Types].xml, _rels/.rels and word/document.xml — written by
/// <see cref="PackageParts"/>, so that a report always gives the same bytes.
/// </remarks>
internal static class DocxWriter
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // A4 in twentieths of a point, with the margins of a government document.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1440;

    internal static void Write(AnnualReport report, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        PackageParts.ContentTypes(zip, ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        PackageParts.Relationships(zip, "_rels/.rels", ("rId1", "officeDocument", "word/document.xml"));
        PackageParts.Part(zip, "word/document.xml", xml =>
        {
            xml.WriteStartElement("w", "document", W);
            xml.WriteStartElement("body", W);
            foreach (var part in TemplateLayout.Parts(report))
            {
                if (part.Rows is { } rows)
                {
                    Table(xml, rows);
                }
                else
                {
                    Paragraph(xml, part.Text!, part.Style);
                }
            }

            xml.WriteStartElement("sectPr", W);
            Empty(xml, "pgSz", ("w", PageWidth), ("h", PageHeight));
            Empty(xml, "pgMar", ("top", Margin), ("right", Margin), ("bottom", Margin), ("left", Margin), ("header", 851), ("footer", 992), ("gutter", 0));
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>An element of WordprocessingML with no content, its attributes w:name="value".</summary>
    private static void Empty(XmlWriter xml, string name, params (string Name, object Value)[] attributes)
    {
        xml.WriteStartElement(name, W);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, W, Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    private static void Paragraph(XmlWriter xml, string text, TemplateStyle style)
    {
        xml.WriteStartElement("p", W);
        xml.WriteStartElement("pPr", W);
        if (style == TemplateStyle.Title)
        {
            Empty(xml, "jc", ("val", "center"));
        }
        else if (style == TemplateStyle.Body)
        {
            Empty(xml, "ind", ("firstLineChars", 200));
        }

        xml.WriteEndElement();
        var font = style switch { TemplateStyle.Title => "方正小标宋简体", TemplateStyle.Heading => "黑体", _ => "仿宋_GB2312" };
        var size = style == TemplateStyle.Title ? "44" : "32";
        Run(xml, text, font, size);
        xml.WriteEndElement();
    }

    private static void Run(XmlWriter xml, string text, string font, string size)
    {
        xml.WriteStartElement("r", W);
        xml.WriteStartElement("rPr", W);
        Empty(xml, "rFonts", ("eastAsia", font));
        Empty(xml, "sz", ("val", size));
        xml.WriteEndElement();
        xml.WriteStartElement("t", W);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Table(XmlWriter xml, TemplateCell[][] rows)
    {
        var width = rows.Max(r => r.Sum(c => c.Span));
        xml.WriteStartElement("tbl", W);
        xml.WriteStartElement("tblPr", W);
        Empty(xml, "tblW", ("w", 5000), ("type", "pct"));
        xml.WriteStartElement("tblBorders", W);
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            Empty(xml, side, ("val", "single"), ("sz", 4));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("tblGrid", W);
        var columnWidth = (PageWidth - (2 * Margin)) / width;
        for (var c = 0; c < width; c++)
        {
            Empty(xml, "gridCol", ("w", columnWidth));
        }

        xml.WriteEndElement();
        for (var r = 0; r < rows.Length; r++)
        {
            xml.WriteStartElement("tr", W);
            foreach (var cell in rows[r])
            {
                xml.WriteStartElement("tc", W);
                xml.WriteStartElement("tcPr", W);
                if (cell.Span > 1)
                {
                    Empty(xml, "gridSpan", ("val", cell.Span));
                }

                var continues = r + 1 < rows.Length && rows[r + 1].Any(c => c.Column == cell.Column && c.MergesUp);
                if (cell.MergesUp)
                {
                    Empty(xml, "vMerge");
                }
                else if (continues)
                {
                    Empty(xml, "vMerge", ("val", "restart"));
                }

                Empty(xml, "vAlign", ("val", "center"));
                xml.WriteEndElement();
                xml.WriteStartElement("p", W);
                xml.WriteStartElement("pPr", W);
                Empty(xml, "jc", ("val", "center"));
                xml.WriteEndElement();
                Run(xml, cell.MergesUp ? "" : cell.Text, "仿宋_GB2312", "21");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
