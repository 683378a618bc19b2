using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Validation.Corrections;
using GovDisclosure.Rules.Validation.Prose;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// The built-in rules every <see cref="ReportValidator"/> runs, in the order of their IDs. A new built-in rule is one more
/// line here; rules that need last year's report say so through <see cref="ReportRule.RequiresPrevious"/>.
/// </summary>
internal static class BuiltInRules
{
    internal static readonly ReportRule[] All =
    [
        new YearBeforeFormatRule(),
        new YearInFutureRule(),
        new EmptyProseRule(),
        new OverviewTopicRule(),
        new RelationRule(ReportRules.IssuedExceedsInForceAndRepealed),
        new FeePrecisionRule(),
        new RelationRule(ReportRules.RowTotal),
        new RelationRule(ReportRules.OutcomesTotal),
        new RelationRule(ReportRules.ApplicationsBalance),
        new RelationRule(ReportRules.CaseTotal),
        new StatedApplicationCountRule(),
        new StatedAllConcludedRule(),
        new StatedNoCasesRule(),
        .. YearOverYearRule.All,
    ];

    /// <summary>
    /// The built-in rules of a validator with these options: <see cref="All"/>, then GD601, which reads the findings of
    /// the rules before it, when <see cref="ValidationOptions.SuggestCorrections"/> is on.
    /// </summary>
    internal static IEnumerable<ReportRule> For(ValidationOptions options)
    {
        if (options.MaxCellsCorrected is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxCellsCorrected, "一次更正改动的单元格数须为 1 或 2。A correction changes 1 or 2 cells.");
        }

        if (options.MaxCorrectionsListed < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxCorrectionsListed, "列出的更正数须不小于 1。At least one correction must be listed.");
        }

        return options.SuggestCorrections
            ? [.. All, new CorrectionRule(options.DisabledRules, options.MaxCellsCorrected, options.MaxCorrectionsListed)]
            : All;
    }
}
