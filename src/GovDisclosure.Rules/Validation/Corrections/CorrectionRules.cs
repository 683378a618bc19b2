using System.Collections.Generic;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>
/// 建议的更正（GD6xx）：勾稽关系不成立时，指出改哪一格、改成多少。
/// Suggested corrections (GD6xx): where relations fail, which cell to change, and to what.
/// </summary>
/// <remarks>
/// {0} 是单元格的完整标签，{1} 是更正后的值，{2} 是报告中的值，{3} 是补充说明（疑似的笔误、可消除的发现、是否唯一及其他可能的更正）。
/// {0} is the cell's full label, {1} the corrected value, {2} the printed value, {3} the rest (the likely slip, the findings
/// it explains, whether it is the only correction, and the alternatives).
/// </remarks>
public static class CorrectionRules
{
    /// <summary>GD601：使全部不成立的关系成立的最少单元格改动。The fewest cell changes that make every failing relation hold.</summary>
    public static RuleDescriptor SuggestedCorrection { get; } = new("GD601", Severity.Info);

    /// <summary>全部更正规则，按编号。Every correction rule, by ID.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [SuggestedCorrection];
}
