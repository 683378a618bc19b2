namespace GovDisclosure.Rules;

/// <summary>
/// 表二中行政事业性收费一行：本年收费金额（单位：万元）。
/// The table A row for administrative fees: the amount collected this year, in units of 10,000 yuan.
/// </summary>
public sealed record FeeAmount
{
    /// <summary>金额为 0 的一行。A row with no fees.</summary>
    public static FeeAmount Zero { get; } = new();

    /// <summary>本年收费金额（单位：万元），精确的十进制数。The amount in units of 10,000 yuan, as an exact decimal.</summary>
    public decimal AmountTenThousandYuan { get; init; }
}
