using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

/// <summary>The generators' claims, checked by the library's own validator and diff engine.</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ValidatorAgreementTests
{
    private static readonly ReportValidator Validator = new();

    public static TheoryData<string> BreakableRules() => new(ReportGenerators.BreakableRules);

    [Property]
    public void A_consistent_report_has_no_error_and_no_warning(AnnualReport report) =>
        Assert.DoesNotContain(Validator.Validate(report).Findings, f => f.Severity != Severity.Info);

    [Property]
    public void A_consecutive_pair_has_no_year_over_year_error_or_warning(ConsecutiveReports reports)
    {
        Assert.DoesNotContain(ReportComparer.Compare(reports.Previous, reports.Current).Findings, f => f.Severity != Severity.Info);
        Assert.DoesNotContain(Validator.Validate(reports.Current, reports.Previous).Findings, f => f.Severity != Severity.Info);
    }

    [Property]
    public void Last_years_prose_is_never_nearly_the_same(ConsecutiveReports reports) =>
        Assert.All(ReportComparer.Compare(reports.Previous, reports.Current).Sections, s => Assert.True(s.Similarity < DiffOptions.Default.SimilarityThreshold, s.ToString()));

    [Theory]
    [MemberData(nameof(BreakableRules))]
    public void A_report_broken_by_a_rule_has_its_finding_and_no_other_rules_error_or_warning(string ruleId) =>
        Prop.ForAll(ReportGenerators.BrokenReport(ruleId).ToArbitrary(), report =>
        {
            var findings = Validator.Validate(report).Findings;
            Assert.Contains(findings, f => f.RuleId == ruleId);
            Assert.DoesNotContain(findings, f => f.RuleId != ruleId && f.Severity != Severity.Info);
        }).QuickCheckThrowOnFailure();

    [Property(MaxTest = 20)]
    public void Shrink_candidates_stay_free_of_errors_and_warnings(AnnualReport report) =>
        Assert.All(ReportGenerators.ShrinkConsistent(report).Take(20), candidate =>
            Assert.DoesNotContain(Validator.Validate(candidate).Findings, f => f.Severity != Severity.Info));
}
