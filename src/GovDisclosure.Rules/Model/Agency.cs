namespace GovDisclosure.Rules;

/// <summary>
/// 报告机关。The agency that publishes the report.
/// </summary>
/// <param name="Name">机关名称，如“哈尔滨市科学技术局”。The agency's name.</param>
public sealed record Agency(string Name)
{
    /// <summary>联系地址（可选）。Postal address (optional).</summary>
    public string? Address { get; init; }

    /// <summary>联系电话（可选）。Telephone (optional).</summary>
    public string? Phone { get; init; }

    /// <summary>网址（可选）。Website (optional).</summary>
    public string? Website { get; init; }
}
