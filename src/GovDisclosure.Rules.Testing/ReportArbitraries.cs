using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// FsCheck 的 Arbitrary 实例：<c>[Property(Arbitrary = new[] { typeof(ReportArbitraries) })]</c> 让属性测试的
/// <see cref="AnnualReport"/> 参数取勾稽一致的报告，<see cref="Testing.ConsecutiveReports"/> 参数取相邻年度的一对报告；
/// 缩小时仍保持一致。
/// FsCheck Arbitrary instances: with <c>[Property(Arbitrary = new[] { typeof(ReportArbitraries) })]</c> a property's
/// <see cref="AnnualReport"/> parameters are consistent reports and its <see cref="Testing.ConsecutiveReports"/> parameters
/// consistent pairs of consecutive years; shrinking keeps them consistent.
/// </summary>
public static class ReportArbitraries
{
    /// <summary>勾稽一致的报告（2021 至上一年度），可缩小。Consistent reports (2021 to last year), with shrinking.</summary>
    /// <returns>Arbitrary 实例。The Arbitrary.</returns>
    public static Arbitrary<AnnualReport> ConsistentReports() =>
        Arb.From(ReportGenerators.ConsistentReport(), ReportGenerators.ShrinkConsistent);

    /// <summary>相邻年度的一对一致报告，可缩小。Consistent pairs of consecutive years, with shrinking.</summary>
    /// <returns>Arbitrary 实例。The Arbitrary.</returns>
    public static Arbitrary<ConsecutiveReports> ConsecutiveYears() =>
        Arb.From(ReportGenerators.ConsecutiveYears(), ReportGenerators.ShrinkConsecutive);
}
