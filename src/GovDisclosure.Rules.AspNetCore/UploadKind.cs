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
}
