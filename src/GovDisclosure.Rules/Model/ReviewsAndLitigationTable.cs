namespace GovDisclosure.Rules;

/// <summary>
/// 四、政府信息公开行政复议、行政诉讼情况（表四）。Section 四: administrative review and litigation (table C).
/// </summary>
public sealed record ReviewsAndLitigationTable
{
    /// <summary>全部为 0 的表。A table of zeros.</summary>
    public static ReviewsAndLitigationTable Zero { get; } = new();

    /// <summary>行政复议。Administrative review.</summary>
    public CaseOutcomeCounts AdministrativeReview { get; init; } = CaseOutcomeCounts.Zero;

    /// <summary>行政诉讼 · 未经复议直接起诉。Litigation without prior review.</summary>
    public CaseOutcomeCounts LitigationWithoutReview { get; init; } = CaseOutcomeCounts.Zero;

    /// <summary>行政诉讼 · 复议后起诉。Litigation after review.</summary>
    public CaseOutcomeCounts LitigationAfterReview { get; init; } = CaseOutcomeCounts.Zero;
}
