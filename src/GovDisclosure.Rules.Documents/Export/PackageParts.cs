using System;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace GovDisclosure.Rules.Documents.Export;

/// <summary>
/// The parts of an Office Open XML package, written with <see cref="ZipArchive"/> and <see cref="XmlWriter"/>: the .docx
/// of the export and the command line's audit workbook (.xlsx) both. Every entry is dated 1980-01-01, so that the same
/// content always gives the same bytes.
/// </summary>
internal static class PackageParts
{
    /// <summary>The namespace of a package part's relationships to others (r:id).</summary>
    internal const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly DateTimeOffset Dated = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    /// <summary>One part: an XML document that <paramref name="write"/> fills.</summary>
    internal static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Dated;
        using var xml = XmlWriter.Create(entry.Open(), Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    /// <summary>[Content_Types].xml: relationships and plain XML by extension, and each named part's own type.</summary>
    internal static void ContentTypes(ZipArchive zip, params (string Part, string ContentType)[] parts) =>
        Part(zip, "[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Element(xml, "Default", ("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml"));
            Element(xml, "Default", ("Extension", "xml"), ("ContentType", "application/xml"));
            foreach (var (part, contentType) in parts)
            {
                Element(xml, "Override", ("PartName", part), ("ContentType", contentType));
            }
        });

    /// <summary>A relationships part (such as _rels/.rels); each type is named after <see cref="OfficeRelationships"/>.</summary>
    internal static void Relationships(ZipArchive zip, string name, params (string Id, string Type, string Target)[] relationships) =>
        Part(zip, name, xml =>
        {
            xml.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
            foreach (var (id, type, target) in relationships)
            {
                Element(xml, "Relationship", ("Id", id), ("Type", OfficeRelationships + "/" + type), ("Target", target));
            }
        });

    private static void Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        xml.WriteEndElement();
    }
}
