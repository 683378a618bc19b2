namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Unwinds a reader that met a limit; PublishedDocument turns it into GDT009 and it never leaves the package.
/// </summary>
internal sealed class ImportLimitException : System.Exception
{
    internal ImportLimitException(string chinese, string english)
        : base(english)
    {
        Chinese = chinese;
        English = english;
    }

    /// <summary>Which limit, and its value, in Chinese.</summary>
    internal string Chinese { get; }

    /// <summary>Which limit, and its value, in English.</summary>
    internal string English { get; }

    internal static ImportLimitException Nesting(int limit) =>
        new($"元素嵌套超过 {limit} 层", $"elements nested deeper than {limit}");

    internal static ImportLimitException Span(int span, int limit) =>
        new($"单元格跨越 {span} 行或列，上限为 {limit}", $"a cell spans {span} rows or columns; the limit is {limit}");

    internal static ImportLimitException GridCells(int limit) =>
        new($"表格单元格总数超过 {limit}", $"more than {limit} table cells");
}
