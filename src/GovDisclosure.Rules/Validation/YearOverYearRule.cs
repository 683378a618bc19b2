using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Diff;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// A year-over-year check (GD501–GD507) as a rule of <see cref="ReportValidator"/>, so that one call with last year's
/// report gives GD0xx–GD4xx and GD5xx together. It runs the same check as <see cref="ReportComparer"/>, with the
/// thresholds of <see cref="ValidationOptions.YearOverYear"/> in the validator's language.
/// </summary>
internal sealed class YearOverYearRule : ReportRule
{
    private readonly Action<AnnualReport, AnnualReport, DiffOptions, List<Finding>> check;

    private YearOverYearRule(RuleDescriptor descriptor, Action<AnnualReport, AnnualReport, DiffOptions, List<Finding>> check)
        : base(descriptor) => this.check = check;

    /// <summary>The seven rules, in the order of their IDs.</summary>
    internal static ReportRule[] All { get; } =
    [
        new YearOverYearRule(YearOverYearRules.NotConsecutive, YearOverYearChecks.Years),
        new YearOverYearRule(YearOverYearRules.AgencyChanged, YearOverYearChecks.AgencyName),
        new YearOverYearRule(YearOverYearRules.CarryOverMismatch, YearOverYearChecks.CarryOver),
        new YearOverYearRule(YearOverYearRules.InForceMismatch, YearOverYearChecks.InForce),
        new YearOverYearRule(YearOverYearRules.ProseRepeated, YearOverYearChecks.Repetitions),
        new YearOverYearRule(YearOverYearRules.SharpChange, YearOverYearChecks.SharpChanges),
        new YearOverYearRule(YearOverYearRules.TablesCopied, YearOverYearChecks.CopiedTables),
    ];

    public override bool RequiresPrevious => true;

    public override void Check(RuleContext context)
    {
        var findings = new List<Finding>();
        check(context.Previous!, context.Report, context.YearOverYear, findings);

        // Through the context, so that the validator's severity overrides apply.
        foreach (var finding in findings)
        {
            context.ReportMade(finding);
        }
    }
}
