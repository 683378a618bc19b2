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
}
