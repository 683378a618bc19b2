using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>GD002: the report year is after the current year (<see cref="RuleContext.Today"/>, injectable for tests).</summary>
internal sealed class YearInFutureRule : ReportRule
{
    internal YearInFutureRule()
        : base(ReportRules.YearInFuture)
    {
    }

    public override void Check(RuleContext context)
    {
        var year = context.Report.Year;
        var currentYear = context.Today.Year;
        if (year > currentYear)
        {
            context.ReportFinding(DocumentOrder.Year, context.Format(year, currentYear), actual: year);
        }
    }
}
