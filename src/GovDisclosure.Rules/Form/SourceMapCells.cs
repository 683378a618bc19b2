namespace GovDisclosure.Rules.Form;

/// <summary>
/// Records the place of a cell or a text of the form in a <see cref="SourceMap"/>, by its pointer: the map sits in the
/// model, below the form, and so cannot name the form's cells itself.
/// </summary>
internal static class SourceMapCells
{
    /// <summary>Records where a cell stands.</summary>
    internal static void SetCell(this SourceMap map, FormCell cell, int line, int column) => map.Set(cell.Pointer, line, column);

    /// <summary>Records where a text member stands.</summary>
    internal static void SetText(this SourceMap map, FormText text, int line, int column) => map.Set(text.Pointer, line, column);
}
