using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// 同一机关相邻两个年度的报告。The reports of one agency for two consecutive years.
/// </summary>
public sealed record ConsecutiveReports
{
    /// <summary>
    /// 由上一年度和本年度的报告组成。Pairs last year's report with this year's.
    /// </summary>
    /// <param name="previous">上一年度的报告。Last year's report.</param>
    /// <param name="current">本年度的报告。This year's report.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public ConsecutiveReports(AnnualReport previous, AnnualReport current)
    {
        Previous = Guard.Against.Null(previous);
        Current = Guard.Against.Null(current);
    }

    /// <summary>上一年度（Y−1）的报告。Last year's report (year Y − 1).</summary>
    public AnnualReport Previous { get; init; }

    /// <summary>本年度（Y）的报告。This year's report (year Y).</summary>
    public AnnualReport Current { get; init; }
}
