namespace GovDisclosure.Rules;

/// <summary>
/// 表三 ·（五）不予处理 的五行。The five "not processed" outcome rows of table B.
/// </summary>
public sealed record NotProcessedOutcomes
{
    /// <summary>全部为 0。All rows zero.</summary>
    public static NotProcessedOutcomes Zero { get; } = new();

    /// <summary>1.信访举报投诉类申请。Complaints and petitions.</summary>
    public ApplicantCounts ComplaintsAndPetitions { get; init; } = ApplicantCounts.Zero;

    /// <summary>2.重复申请。Repeated applications.</summary>
    public ApplicantCounts RepeatedApplications { get; init; } = ApplicantCounts.Zero;

    /// <summary>3.要求提供公开出版物。Publications requested.</summary>
    public ApplicantCounts PublicationsRequested { get; init; } = ApplicantCounts.Zero;

    /// <summary>4.无正当理由大量反复申请。Excessive applications without good reason.</summary>
    public ApplicantCounts ExcessiveApplications { get; init; } = ApplicantCounts.Zero;

    /// <summary>5.要求行政机关确认或重新出具已获取信息。Confirmation or re-issue of information already obtained.</summary>
    public ApplicantCounts ConfirmationRequested { get; init; } = ApplicantCounts.Zero;
}
