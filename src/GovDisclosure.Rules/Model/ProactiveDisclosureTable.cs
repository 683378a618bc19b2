namespace GovDisclosure.Rules;

/// <summary>
/// 二、主动公开政府信息情况（表二）。Section 二: proactive disclosure (table A).
/// </summary>
public sealed record ProactiveDisclosureTable
{
    /// <summary>全部为 0 的表。A table of zeros.</summary>
    public static ProactiveDisclosureTable Zero { get; } = new();

    /// <summary>第二十条第（一）项 · 规章。Regulations.</summary>
    public DocumentCounts Regulations { get; init; } = DocumentCounts.Zero;

    /// <summary>第二十条第（一）项 · 行政规范性文件。Normative documents.</summary>
    public DocumentCounts NormativeDocuments { get; init; } = DocumentCounts.Zero;

    /// <summary>第二十条第（五）项 · 行政许可。Administrative licensing.</summary>
    public DecisionCount Licensing { get; init; } = DecisionCount.Zero;

    /// <summary>第二十条第（六）项 · 行政处罚。Administrative punishment.</summary>
    public DecisionCount Punishment { get; init; } = DecisionCount.Zero;

    /// <summary>第二十条第（六）项 · 行政强制。Administrative compulsion.</summary>
    public DecisionCount Compulsion { get; init; } = DecisionCount.Zero;

    /// <summary>第二十条第（八）项 · 行政事业性收费。Administrative fees.</summary>
    public FeeAmount Fees { get; init; } = FeeAmount.Zero;
}
