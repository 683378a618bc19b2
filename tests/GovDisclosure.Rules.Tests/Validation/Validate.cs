using System;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>Validators with a fixed "today" in both languages, and shorthands for changing the seed.</summary>
internal static class Validate
{
    internal static readonly DateTime Today = new(2023, 3, 1);

    internal static readonly ReportValidator Chinese = new(new ValidationOptions { Today = Today });

    internal static readonly ReportValidator English = new(new ValidationOptions { Today = Today, Language = MessageLanguage.English });

    /// <summary>The findings of one rule.</summary>
    internal static Finding[] Findings(string ruleId, AnnualReport report, MessageLanguage language = MessageLanguage.Chinese) =>
        (language == MessageLanguage.English ? English : Chinese).Validate(report).Findings.Where(f => f.RuleId == ruleId).ToArray();

    /// <summary>The one finding of a rule.</summary>
    internal static Finding Single(string ruleId, AnnualReport report, MessageLanguage language = MessageLanguage.Chinese) =>
        Assert.Single(Findings(ruleId, report, language));

    /// <summary>The report with one cell changed.</summary>
    internal static AnnualReport With(this AnnualReport report, string pointer, decimal value) =>
        ReportForm.WithValue(report, ReportForm.FindCell(pointer) ?? throw new ArgumentException(pointer), value);

    /// <summary>The report with its sub-section （二）依申请公开情况 replaced.</summary>
    internal static AnnualReport WithRequestedDisclosure(this AnnualReport report, string? text) =>
        report with { Overview = report.Overview with { RequestedDisclosure = text } };

    /// <summary>The report with the overview's lead paragraphs replaced.</summary>
    internal static AnnualReport WithSummary(this AnnualReport report, string text) =>
        report with { Overview = report.Overview with { Summary = text } };
}
