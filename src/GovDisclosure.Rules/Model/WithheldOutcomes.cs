namespace GovDisclosure.Rules;

/// <summary>
/// 表三 · 三、本年度办理结果 ·（三）不予公开 的八行。The eight "withheld" outcome rows of table B.
/// </summary>
public sealed record WithheldOutcomes
{
    /// <summary>全部为 0。All rows zero.</summary>
    public static WithheldOutcomes Zero { get; } = new();

    /// <summary>1.属于国家秘密。State secret.</summary>
    public ApplicantCounts StateSecret { get; init; } = ApplicantCounts.Zero;

    /// <summary>2.其他法律行政法规禁止公开。Prohibited by other laws and regulations.</summary>
    public ApplicantCounts ProhibitedByLaw { get; init; } = ApplicantCounts.Zero;

    /// <summary>3.危及“三安全一稳定”。Endangers security and stability.</summary>
    public ApplicantCounts SecurityAndStability { get; init; } = ApplicantCounts.Zero;

    /// <summary>4.保护第三方合法权益。Protects a third party's lawful rights.</summary>
    public ApplicantCounts ThirdPartyRights { get; init; } = ApplicantCounts.Zero;

    /// <summary>5.属于三类内部事务信息。Internal-affairs information.</summary>
    public ApplicantCounts InternalAffairs { get; init; } = ApplicantCounts.Zero;

    /// <summary>6.属于四类过程性信息。Process information.</summary>
    public ApplicantCounts ProcessInformation { get; init; } = ApplicantCounts.Zero;

    /// <summary>7.属于行政执法案卷。Administrative enforcement files.</summary>
    public ApplicantCounts EnforcementFiles { get; init; } = ApplicantCounts.Zero;

    /// <summary>8.属于行政查询事项。Administrative query matters.</summary>
    public ApplicantCounts AdministrativeQueries { get; init; } = ApplicantCounts.Zero;
}
