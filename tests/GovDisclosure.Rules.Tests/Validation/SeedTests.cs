using System;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

public class SeedTests
{
    private static readonly ReportValidator Validator = new(new ValidationOptions { Today = new DateTime(2023, 3, 1) });

    [Fact]
    public void The_seed_has_no_finding_at_all()
    {
        var result = Validator.Validate(JsonDocuments.ExampleReport);
        Assert.Empty(result.Findings);
        Assert.True(result.Valid);
        Assert.Same(ValidationResult.Empty, result);
    }

    [Fact]
    public void The_seed_has_the_figures_of_FORMAT_md()
    {
        var seed = JsonDocuments.ExampleReport;
        Assert.Equal(2022, seed.Year);
        Assert.Equal("哈尔滨市科学技术局", seed.Agency.Name);
        Assert.Equal(11, seed.Applications.Received.Total);
        Assert.Equal(4, seed.Applications.Outcomes.UnableToProvide.NotHeld.NaturalPersons);
        Assert.Equal(2, seed.ReviewsAndLitigation.LitigationWithoutReview.Other);
        Assert.Equal(18, seed.ProactiveDisclosure.NormativeDocuments.InForce);
        Assert.Contains("共收到各类政府信息公开申请11件", seed.Overview.RequestedDisclosure);
    }

    [Fact]
    public void Validating_a_report_with_no_finding_allocates_nothing()
    {
        var seed = JsonDocuments.ExampleReport;
        foreach (var validator in new[] { Validator, Validate.English, new ReportValidator() })
        {
            for (var i = 0; i < 5; i++)
            {
                validator.Validate(seed);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++)
            {
                validator.Validate(seed);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
