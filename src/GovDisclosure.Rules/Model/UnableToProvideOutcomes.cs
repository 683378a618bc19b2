namespace GovDisclosure.Rules;

/// <summary>
/// 表三 ·（四）无法提供 的三行。The three "unable to provide" outcome rows of table B.
/// </summary>
public sealed record UnableToProvideOutcomes
{
    /// <summary>全部为 0。All rows zero.</summary>
    public static UnableToProvideOutcomes Zero { get; } = new();

    /// <summary>1.本机关不掌握相关政府信息。The agency does not hold the information.</summary>
    public ApplicantCounts NotHeld { get; init; } = ApplicantCounts.Zero;

    /// <summary>2.没有现成信息需要另行制作。The information would have to be created.</summary>
    public ApplicantCounts RequiresCreation { get; init; } = ApplicantCounts.Zero;

    /// <summary>3.补正后申请内容仍不明确。Still unclear after correction.</summary>
    public ApplicantCounts UnclearAfterCorrection { get; init; } = ApplicantCounts.Zero;
}
