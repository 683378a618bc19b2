namespace GovDisclosure.Rules;

/// <summary>
/// 表三 · 三、本年度办理结果：二十一行结果与（七）总计。Table B's outcomes: 21 outcome rows and their total.
/// </summary>
public sealed record ApplicationOutcomes
{
    /// <summary>全部为 0。All rows zero.</summary>
    public static ApplicationOutcomes Zero { get; } = new();

    /// <summary>（一）予以公开。Disclosed.</summary>
    public ApplicantCounts Disclosed { get; init; } = ApplicantCounts.Zero;

    /// <summary>（二）部分公开。Partially disclosed.</summary>
    public ApplicantCounts PartiallyDisclosed { get; init; } = ApplicantCounts.Zero;

    /// <summary>（三）不予公开。Withheld.</summary>
    public WithheldOutcomes Withheld { get; init; } = WithheldOutcomes.Zero;

    /// <summary>（四）无法提供。Unable to provide.</summary>
    public UnableToProvideOutcomes UnableToProvide { get; init; } = UnableToProvideOutcomes.Zero;

    /// <summary>（五）不予处理。Not processed.</summary>
    public NotProcessedOutcomes NotProcessed { get; init; } = NotProcessedOutcomes.Zero;

    /// <summary>（六）其他处理。Other handling.</summary>
    public OtherHandlingOutcomes OtherHandling { get; init; } = OtherHandlingOutcomes.Zero;

    /// <summary>（七）总计，如报告所填（由规则核对）。The total as reported (the rules check it).</summary>
    public ApplicantCounts Total { get; init; } = ApplicantCounts.Zero;
}
