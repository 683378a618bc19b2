namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// Counts the grid cells a document's tables resolve to, so that spans cannot make a small document into a huge grid;
/// checks each span against its limit.
/// </summary>
internal sealed class GridBudget
{
    private readonly int maxCells;
    private readonly int maxSpan;
    private long cells;

    internal GridBudget(DocumentImportOptions options)
    {
        maxCells = options.MaxGridCells;
        maxSpan = options.MaxSpan;
    }

    /// <summary>A span as read (rowspan, colspan, gridSpan); below 1 counts as 1.</summary>
    internal int Span(long span) =>
        span < 1 ? 1 : span > maxSpan ? throw ImportLimitException.Span(span > int.MaxValue ? int.MaxValue : (int)span, maxSpan) : (int)span;

    /// <summary>Spends cells of the grid.</summary>
    internal void Spend(long count)
    {
        cells += count;
        if (cells > maxCells)
        {
            throw ImportLimitException.GridCells(maxCells);
        }
    }
}
