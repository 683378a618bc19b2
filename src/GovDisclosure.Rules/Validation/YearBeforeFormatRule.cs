using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>GD001: the report year is before 2021, the first year of the 2021 format.</summary>
internal sealed class YearBeforeFormatRule : ReportRule
{
    /// <summary>The first report year the 2021 format applies to.</summary>
    internal const int FirstYear = 2021;

    internal YearBeforeFormatRule()
        : base(ReportRules.YearBeforeFormat)
    {
    }

    public override void Check(RuleContext context)
    {
        var year = context.Report.Year;
        if (year < FirstYear)
        {
            context.ReportFinding(DocumentOrder.Year, context.Format(year), actual: year);
        }
    }
}
