namespace GovDisclosure.Rules;

/// <summary>
/// 表二中行政许可、行政处罚或行政强制的一行：本年处理决定数量。
/// A table A row for licensing, punishment or compulsion: decisions made this year.
/// </summary>
public sealed record DecisionCount
{
    /// <summary>数量为 0 的一行。A row with no decisions.</summary>
    public static DecisionCount Zero { get; } = new();

    /// <summary>本年处理决定数量。Decisions made this year.</summary>
    public long Decisions { get; init; }
}
