// readme:begin
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace MyPortal.Tests;

// AnnualReport 参数取勾稽一致的年报，ConsecutiveReports 参数取相邻年度的一对；失败时 FsCheck 缩小为仍然一致的更小反例。
// AnnualReport parameters are consistent reports, ConsecutiveReports parameters consistent pairs; on failure FsCheck
// shrinks to a smaller counterexample that is still consistent.
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class AnnualReportProperties
{
    private static readonly ReportValidator Validator = new();

    [Property]
    public void A_consistent_report_is_valid(AnnualReport report) =>
        Assert.True(Validator.Validate(report).Valid);

    [Property]
    public void A_report_survives_a_JSON_round_trip(AnnualReport report) =>
        Assert.Equal(report, ReportJson.Read(ReportJson.Write(report)).Report);

    [Property]
    public void Consecutive_years_raise_no_year_over_year_error(ConsecutiveReports reports) =>
        Assert.DoesNotContain(ReportComparer.Compare(reports.Previous, reports.Current).Findings, f => f.Severity == Severity.Error);

    // 只违反 GD203 的报告，用来测试错误路径。Reports that break GD203 alone, for the error path.
    [Property]
    public Property A_broken_balance_is_reported_as_GD203() =>
        Prop.ForAll(ReportGenerators.BrokenReport("GD203").ToArbitrary(), report =>
            Validator.Validate(report).Findings.Where(f => f.Severity == Severity.Error).All(f => f.RuleId == "GD203"));
}
// readme:end
