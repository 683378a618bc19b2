namespace GovDisclosure.Rules.Benchmarks.Plain;

// Table C as plain classes (docs/format.md §3).

public sealed class PlainReviewsAndLitigation
{
    public required PlainCaseOutcomeCounts AdministrativeReview { get; set; }

    public required PlainCaseOutcomeCounts LitigationWithoutReview { get; set; }

    public required PlainCaseOutcomeCounts LitigationAfterReview { get; set; }
}

public sealed class PlainCaseOutcomeCounts
{
    public required long Upheld { get; set; }

    public required long Corrected { get; set; }

    public required long Other { get; set; }

    public required long Pending { get; set; }

    public required long Total { get; set; }
}
