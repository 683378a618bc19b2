namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Unwinds a reader that met a limit; PublishedDocument turns it into GDT009 and it never leaves the package.
/// </summary>
internal sealed class ImportLimitException : System.Exception
{
    /// <summary>A limit met: the catalogue key that words it (Document.*, Pdf.*) and its arguments.</summary>
    internal ImportLimitException(string key, params object?[] arguments)
        : this(new MessagePart(key, arguments))
    {
    }

    private ImportLimitException(MessagePart reason)
        : base(reason.In(MessageCatalog.English))
    {
        Reason = reason;
    }

    /// <summary>Which limit, and its value, as a message argument each catalogue words its way.</summary>
    internal MessagePart Reason { get; }

    internal static ImportLimitException Nesting(int limit) => new("Document.Nesting", limit);

    internal static ImportLimitException Span(int span, int limit) => new("Document.Span", span, limit);

    internal static ImportLimitException GridCells(int limit) => new("Document.GridCells", limit);
}
