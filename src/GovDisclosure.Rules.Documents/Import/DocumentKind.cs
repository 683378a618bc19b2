namespace GovDisclosure.Rules.Documents.Import;

/// <summary>What a document's bytes are, recognised from its content.</summary>
internal enum DocumentKind
{
    /// <summary>A Word document (.docx): a ZIP holding word/document.xml.</summary>
    Word,

    /// <summary>A web page.</summary>
    Html,

    /// <summary>A report in JSON.</summary>
    Json,

    /// <summary>Published text.</summary>
    Text,

    /// <summary>A ZIP that is not a Word document (an .xlsx, an archive …).</summary>
    OtherZip,

    /// <summary>A legacy Office file (.doc, .xls: OLE compound file).</summary>
    LegacyOffice,

    /// <summary>A PDF.</summary>
    Pdf,

    /// <summary>An image (PNG, JPEG, GIF, TIFF).</summary>
    Image,

    /// <summary>Rich Text Format.</summary>
    Rtf,
}
