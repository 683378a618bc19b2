namespace GovDisclosure.Rules;

/// <summary>
/// 表二中规章或行政规范性文件的一行：本年制发、本年废止、现行有效件数。
/// A table A row for regulations or normative documents: issued, repealed and in-force counts.
/// </summary>
public sealed record DocumentCounts
{
    /// <summary>全部为 0 的一行。A row of zeros.</summary>
    public static DocumentCounts Zero { get; } = new();

    /// <summary>本年制发件数。Documents issued this year.</summary>
    public long Issued { get; init; }

    /// <summary>本年废止件数。Documents repealed this year.</summary>
    public long Repealed { get; init; }

    /// <summary>现行有效件数。Documents in force at the end of the year.</summary>
    public long InForce { get; init; }
}
