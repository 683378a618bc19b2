namespace GovDisclosure.Rules;

/// <summary>
/// 表四的一行（行政复议或一类行政诉讼）：结果维持、结果纠正、其他结果、尚未审结及总计。
/// A table C row (administrative review or one kind of litigation): upheld, corrected, other, pending and total.
/// </summary>
public sealed record CaseOutcomeCounts
{
    /// <summary>全部为 0 的一行。A row of zeros.</summary>
    public static CaseOutcomeCounts Zero { get; } = new();

    /// <summary>结果维持。Upheld.</summary>
    public long Upheld { get; init; }

    /// <summary>结果纠正。Corrected.</summary>
    public long Corrected { get; init; }

    /// <summary>其他结果。Other outcome.</summary>
    public long Other { get; init; }

    /// <summary>尚未审结。Pending.</summary>
    public long Pending { get; init; }

    /// <summary>总计。The total as reported (not computed: the rules check it).</summary>
    public long Total { get; init; }
}
