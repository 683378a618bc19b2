using GovDisclosure.Rules.Documents.Tests.Import;

namespace GovDisclosure.Rules.Documents.Tests.Word;

/// <summary>
/// Builds .docx packages from raw markup, for what the Open XML SDK's classes cannot write or would write differently:
/// ISO strict namespaces, alternate content, a main part under another name, a broken package.
/// </summary>
internal static class WordMarkup
{
    internal const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    internal const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    internal const string TransitionalRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    internal const string StrictRelationship = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
    internal const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A body's markup (prefix w) as a whole package, main part at word/document.xml.</summary>
    internal static byte[] Body(string body, bool strict = false) =>
        Package(Document(body, strict ? Strict : Transitional), strict ? StrictRelationship : TransitionalRelationship);

    /// <summary>A body's markup (prefix w) as a document part.</summary>
    internal static string Document(string body, string ns = Transitional) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + ns + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"><w:body>" + body + "</w:body></w:document>";

    /// <summary>A package of a main part with the given relationship type, name and content type.</summary>
    internal static byte[] Package(
        string document, string relationship = TransitionalRelationship, string part = "word/document.xml", string contentType = MainContentType) =>
        LimitTests.Package(
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + part + "\" ContentType=\"" + contentType + "\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + relationship + "\" Target=\"" + part + "\"/></Relationships>"),
            (part, document));
}
