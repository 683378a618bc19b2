using System;
using System.Linq;
using GovDisclosure.Rules.Tests.Diff;
using GovDisclosure.Rules.Tests.Validation;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>A host's rule that throws costs the built-in rules nothing: their findings survive and the failure is a finding.</summary>
public class ThrowingRuleTests
{
    private static readonly RuleDescriptor Host = new("HOST01", Severity.Info, "宿主规则", "Host rule", "{0}", "{0}");

    [Fact]
    public void The_other_rules_findings_survive_and_the_failure_is_an_error_under_the_rules_id()
    {
        // The seed broken for GD201 (a row total one too high).
        var report = Validate.With(DiffFixtures.Seed, "/applications/received/total", DiffFixtures.Seed.Applications.Received.Total + 1);
        var builtIn = Validate.English.Validate(report).Findings;
        Assert.NotEmpty(builtIn);

        var validator = new ReportValidator(new ValidationOptions { Language = MessageLanguage.English, Today = Validate.Today, AdditionalRules = [new ThrowingRule()] });
        var findings = validator.Validate(report).Findings;

        Assert.Equal(builtIn.Select(f => f.ToString()), findings.Where(f => f.RuleId != Host.Id).Select(f => f.ToString()));
        var failure = Assert.Single(findings, f => f.RuleId == Host.Id && f.Severity == Severity.Error);
        Assert.Equal("", failure.Path);
        Assert.Contains("System.InvalidOperationException: the host's bug", failure.Message, StringComparison.Ordinal);

        // What it reported before it threw is kept.
        Assert.Single(findings, f => f.RuleId == Host.Id && f.Severity == Severity.Info);
    }

    private sealed class ThrowingRule() : ReportRule(Host)
    {
        public override void Check(RuleContext context)
        {
            context.ReportFinding("/year", "before the failure");
            throw new InvalidOperationException("the host's bug");
        }
    }
}
