using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class ValidatorYearOverYearThresholdTests
{
    private static readonly AnnualReport Current = JsonDocuments.ExampleReport;

    // Last year's report with the same prose: 内容雷同 at the default threshold.
    private static readonly AnnualReport Previous = Current with { Year = 2021 };

    [Fact]
    public void The_validator_uses_the_default_similarity_threshold()
    {
        var findings = new ReportValidator().Validate(Current, Previous).Findings;
        Assert.Contains(findings, f => f.RuleId == "GD505");
    }

    [Fact]
    public void The_validator_takes_the_year_over_year_thresholds_from_its_options()
    {
        var options = new ValidationOptions { YearOverYear = new DiffOptions { SimilarityThreshold = 1.0, SharpChangeFactor = 1000 } };
        var identicalProse = new ReportValidator(options).Validate(Current, Previous).Findings;
        Assert.Contains(identicalProse, f => f.RuleId == "GD505");

        var changed = Current with { ProblemsAndImprovements = Current.ProblemsAndImprovements + "另有一句新的话。" };
        var findings = new ReportValidator(options).Validate(changed, Previous).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId == "GD505" && f.Path == "/problemsAndImprovements");
        Assert.Contains(new ReportValidator().Validate(changed, Previous).Findings, f => f.RuleId == "GD505" && f.Path == "/problemsAndImprovements");
    }

    [Fact]
    public void The_validator_writes_year_over_year_messages_in_its_own_language_whatever_the_diff_options_say()
    {
        var options = new ValidationOptions { Language = MessageLanguage.English, YearOverYear = new DiffOptions { Language = MessageLanguage.Chinese } };
        var finding = new ReportValidator(options).Validate(Current, Previous).Findings.First(f => f.RuleId == "GD505");
        Assert.DoesNotContain("雷同", finding.Message);
    }
}
