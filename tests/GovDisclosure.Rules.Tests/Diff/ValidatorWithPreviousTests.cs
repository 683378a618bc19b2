using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>One call with last year's report gives the one-report findings and the year-over-year findings together.</summary>
public class ValidatorWithPreviousTests
{
    private static readonly System.DateTime Today = new(2023, 3, 1);

    [Fact]
    public void One_call_gives_one_report_and_year_over_year_findings_together()
    {
        var current = ReportForm.WithValue(DiffFixtures.Seed, ReportForm.FindCell("/applications/carriedOver/total")!, 1);
        var validator = new ReportValidator(new ValidationOptions { Today = Today });

        var result = validator.Validate(current, DiffFixtures.Previous);

        Assert.Contains(result.Findings, f => f.RuleId == "GD201" && f.Path == "/applications/carriedOver/total");
        Assert.Contains(result.Findings, f => f.RuleId == "GD503" && f.Path == "/applications/carriedOver/total");
        Assert.Contains(result.Findings, f => f.RuleId == "GD505" && f.Path == "/otherMatters");
        Assert.Contains(result.Findings, f => f.RuleId == "GD506");
        Assert.DoesNotContain(validator.Validate(current).Findings, f => f.RuleId.StartsWith("GD5", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Year_over_year_rules_follow_the_validators_language_overrides_and_switches()
    {
        var validator = new ReportValidator(new ValidationOptions
        {
            Today = Today,
            Language = MessageLanguage.English,
            SeverityOverrides = new Dictionary<string, Severity> { ["GD505"] = Severity.Error },
            DisabledRules = ["GD506"],
        });

        var findings = validator.Validate(DiffFixtures.Seed, DiffFixtures.Previous).Findings;

        var repeated = Assert.Single(findings, f => f.RuleId == "GD505");
        Assert.Equal(Severity.Error, repeated.Severity);
        Assert.StartsWith("\"other matters\" is 96% similar", repeated.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "GD506");
    }

    [Fact]
    public void The_validator_runs_each_GD5xx_rule_once()
    {
        var ids = new ReportValidator().Rules.Select(r => r.Descriptor.Id).Where(id => id.StartsWith("GD5", System.StringComparison.Ordinal));

        Assert.Equal(["GD501", "GD502", "GD503", "GD504", "GD505", "GD506", "GD507"], ids);
        Assert.All(new ReportValidator().Rules.Where(r => r.Descriptor.Id.StartsWith("GD5", System.StringComparison.Ordinal)), r => Assert.True(r.RequiresPrevious));
    }
}
