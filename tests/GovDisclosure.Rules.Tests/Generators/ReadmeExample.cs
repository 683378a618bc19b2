// readme:begin
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace MyPortal.Tests;

public class AnnualReportProperties
{
    // 参数取勾稽一致的年报；失败时 FsCheck 把它缩小为仍然一致的更小反例。
    // Parameters are consistent reports; on failure FsCheck shrinks to a smaller report that is still consistent.
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void Every_relation_of_the_form_holds(AnnualReport report) =>
        Assert.All(ReportForm.Relations, relation => Assert.True(relation.Holds(report), relation.ToString()));

    // 相邻两年：本年度上年结转等于上年度结转下年度。Consecutive years chain: carried over = last year's carried forward.
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void This_year_carries_over_what_last_year_carried_forward(ConsecutiveReports reports) =>
        Assert.Equal(reports.Previous.Applications.CarriedForward, reports.Current.Applications.CarriedOver);

    // 只违反 GD203 的报告，用来测试错误路径。Reports that break GD203 alone, for error paths.
    [Property]
    public Property A_broken_balance_breaks_only_GD203() =>
        Prop.ForAll(ReportGenerators.BrokenReport("GD203").ToArbitrary(), report =>
            ReportForm.Relations.Where(r => !r.Holds(report)).All(r => r.RuleId == "GD203"));
}
// readme:end
