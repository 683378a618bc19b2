namespace GovDisclosure.Rules.AspNetCore;

/// <summary>What an upload holds, by media type or, in a form, by the file's extension.</summary>
internal enum UploadKind
{
    /// <summary>Nothing this package can read: the answer is 415.</summary>
    Unreadable,

    /// <summary>A report as JSON (application/json, .json).</summary>
    Json,

    /// <summary>A published report as plain text (text/plain, .txt).</summary>
    Text,

    /// <summary>A published report as a web page or a Word document (text/html, .html, .htm, .docx); the kind is recognised from the content.</summary>
    Document,
}
