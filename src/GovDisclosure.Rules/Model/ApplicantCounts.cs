namespace GovDisclosure.Rules;

/// <summary>
/// 表三的一行：按申请人类型分列的件数（自然人、五类法人或其他组织）及总计。
/// A table B row: counts by kind of applicant (natural persons, five kinds of organisation) and their total.
/// </summary>
public sealed record ApplicantCounts
{
    /// <summary>全部为 0 的一行。A row of zeros.</summary>
    public static ApplicantCounts Zero { get; } = new();

    /// <summary>自然人。Natural persons.</summary>
    public long NaturalPersons { get; init; }

    /// <summary>法人或其他组织 · 商业企业。Commercial enterprises.</summary>
    public long CommercialEnterprises { get; init; }

    /// <summary>法人或其他组织 · 科研机构。Research institutions.</summary>
    public long ResearchInstitutions { get; init; }

    /// <summary>法人或其他组织 · 社会公益组织。Public-interest organisations.</summary>
    public long PublicInterestOrganizations { get; init; }

    /// <summary>法人或其他组织 · 法律服务机构。Legal-service agencies.</summary>
    public long LegalServiceAgencies { get; init; }

    /// <summary>法人或其他组织 · 其他。Other organisations.</summary>
    public long OtherOrganizations { get; init; }

    /// <summary>总计。The total as reported (not computed: the rules check it).</summary>
    public long Total { get; init; }

    /// <summary>
    /// 仅有自然人一列、总计与之相同的一行。A row with only natural persons, the total equal to them.
    /// </summary>
    /// <param name="count">自然人件数。The count of natural persons.</param>
    /// <returns>新的一行。The row.</returns>
    public static ApplicantCounts OfNaturalPersons(long count) => new() { NaturalPersons = count, Total = count };
}
