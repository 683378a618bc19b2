using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>The total cells the prose rules compare with.</summary>
internal static class TableTotals
{
    /// <summary>The total cell of a table B or table C row: the form puts the total column last.</summary>
    internal static FormCell Of(FormRow row) => row.Cells[row.Cells.Count - 1];
}
