using System;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class YearRulesTests
{
    [Fact]
    public void GD001_fires_for_a_year_before_2021()
    {
        var finding = Single("GD001", JsonDocuments.ExampleReport with { Year = 2020 });
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("/year", finding.Path);
        Assert.Equal(2020m, finding.Actual);
        Assert.Null(finding.Expected);
        Assert.Empty(finding.Related);
    }

    [Fact]
    public void GD001_passes_2021_the_first_year_of_the_format() =>
        Assert.Empty(Findings("GD001", JsonDocuments.ExampleReport with { Year = 2021 }));

    [Fact]
    public void GD001_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport with { Year = 2019 };
        Assert.Equal("报告年度 2019 早于 2021 年，不适用 2021 年版格式", Single("GD001", report).Message);
        Assert.Equal("The report year 2019 is before 2021: the 2021 format does not apply", Single("GD001", report, MessageLanguage.English).Message);
    }

    [Fact]
    public void GD002_fires_for_a_year_after_the_injected_today()
    {
        var finding = Single("GD002", JsonDocuments.ExampleReport with { Year = 2024 });
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/year", finding.Path);
        Assert.Equal(2024m, finding.Actual);
    }

    [Fact]
    public void GD002_passes_the_current_year() =>
        Assert.Empty(Findings("GD002", JsonDocuments.ExampleReport with { Year = Today.Year }));

    [Fact]
    public void GD002_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport with { Year = 2030 };
        Assert.Equal("报告年度 2030 晚于当前年度 2023", Single("GD002", report).Message);
        Assert.Equal("The report year 2030 is after the current year 2023", Single("GD002", report, MessageLanguage.English).Message);
    }

    [Fact]
    public void GD002_uses_the_date_of_validation_when_no_today_is_injected()
    {
        var validator = new ReportValidator();
        var nextYear = DateTime.Today.Year + 1;
        Assert.Contains(validator.Validate(JsonDocuments.ExampleReport with { Year = nextYear }).Findings, f => f.RuleId == "GD002");
        Assert.DoesNotContain(validator.Validate(JsonDocuments.ExampleReport with { Year = DateTime.Today.Year }).Findings, f => f.RuleId == "GD002");
    }

    [Fact]
    public void An_injected_today_decides_GD002()
    {
        var report = JsonDocuments.ExampleReport with { Year = 2030 };
        Assert.DoesNotContain(new ReportValidator(new ValidationOptions { Today = new DateTime(2030, 1, 1) }).Validate(report).Findings, f => f.RuleId == "GD002");
        Assert.Contains(new ReportValidator(new ValidationOptions { Today = new DateTime(2029, 12, 31) }).Validate(report).Findings, f => f.RuleId == "GD002");
    }
}
