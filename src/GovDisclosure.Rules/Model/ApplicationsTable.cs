namespace GovDisclosure.Rules;

/// <summary>
/// 三、收到和处理政府信息公开申请情况（表三）。Section 三: applications received and handled (table B).
/// </summary>
public sealed record ApplicationsTable
{
    /// <summary>全部为 0 的表。A table of zeros.</summary>
    public static ApplicationsTable Zero { get; } = new();

    /// <summary>一、本年新收政府信息公开申请数量。Applications received this year.</summary>
    public ApplicantCounts Received { get; init; } = ApplicantCounts.Zero;

    /// <summary>二、上年结转政府信息公开申请数量。Applications carried over from last year.</summary>
    public ApplicantCounts CarriedOver { get; init; } = ApplicantCounts.Zero;

    /// <summary>三、本年度办理结果。Outcomes this year.</summary>
    public ApplicationOutcomes Outcomes { get; init; } = ApplicationOutcomes.Zero;

    /// <summary>四、结转下年度继续办理。Applications carried forward to next year.</summary>
    public ApplicantCounts CarriedForward { get; init; } = ApplicantCounts.Zero;
}
