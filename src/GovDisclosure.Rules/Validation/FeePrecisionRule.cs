using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// GD102: the fee amount (in units of 10,000 yuan) has more than 4 decimal places once trailing zeros are ignored, i.e. it
/// is finer than one yuan. Expected is the amount rounded to 4 places, actual the amount.
/// </summary>
internal sealed class FeePrecisionRule : ReportRule
{
    /// <summary>Four decimal places of 10,000 yuan is one yuan.</summary>
    internal const int Places = 4;

    internal FeePrecisionRule()
        : base(ReportRules.FeePrecision)
    {
    }

    public override void Check(RuleContext context)
    {
        var cell = ReportForm.FeesAmount;
        var amount = cell.Value(context.Report);

        // Rounding leaves the value equal exactly when its normalised scale is at most 4 (1.23450 equals 1.2345).
        var rounded = decimal.Round(amount, Places);
        if (rounded != amount)
        {
            context.ReportFinding(cell.Pointer, context.Format(cell, amount), expected: rounded, actual: amount);
        }
    }
}
