using System.Collections.Generic;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>One cell of a correction: its printed figure, the corrected one, and the slip that may explain the difference.</summary>
internal readonly record struct CellChange(int Cell, long Printed, long Corrected, TypingSlip Slip);

/// <summary>
/// A set of cell changes that makes every failing relation hold, with the failing relations (by constraint) each change
/// is in, and its cost: the sum of its slips' costs, lower being likelier.
/// </summary>
internal sealed class Correction(CellChange[] changes, int cost)
{
    /// <summary>The changes, in document order.</summary>
    internal IReadOnlyList<CellChange> Changes { get; } = changes;

    /// <summary>The sum of the slips' costs.</summary>
    internal int Cost { get; } = cost;
}
