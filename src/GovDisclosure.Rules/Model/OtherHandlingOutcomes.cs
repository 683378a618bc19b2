namespace GovDisclosure.Rules;

/// <summary>
/// 表三 ·（六）其他处理 的三行。The three "other handling" outcome rows of table B.
/// </summary>
public sealed record OtherHandlingOutcomes
{
    /// <summary>全部为 0。All rows zero.</summary>
    public static OtherHandlingOutcomes Zero { get; } = new();

    /// <summary>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请。No correction in time.</summary>
    public ApplicantCounts NoCorrectionInTime { get; init; } = ApplicantCounts.Zero;

    /// <summary>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请。Fees not paid.</summary>
    public ApplicantCounts FeesUnpaid { get; init; } = ApplicantCounts.Zero;

    /// <summary>3.其他。Other.</summary>
    public ApplicantCounts Other { get; init; } = ApplicantCounts.Zero;
}
