using System;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

public static partial class ReportForm
{
    /// <summary>
    /// 返回一份把某个单元格改为新值的报告（原报告不变）。Returns a report with one cell changed (the original is unchanged).
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="cell">单元格。The cell.</param>
    /// <param name="value">新值；件数单元格须为整数。The new value; a whole number for a count cell.</param>
    /// <returns>修改后的报告。The changed report.</returns>
    /// <exception cref="ArgumentNullException">参数为 null。An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">件数不是 0 至 9007199254740991 的整数，或金额为负。A count that is not a whole number from 0 to 9007199254740991, or a negative amount.</exception>
    public static AnnualReport WithValue(AnnualReport report, FormCell cell, decimal value)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(cell);
        if (value < 0 || (cell.Kind == CellKind.Count && (value != decimal.Truncate(value) || value > MaxCount)))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{cell.Pointer}: 件数须为 0 至 {MaxCount} 的整数，金额须不小于 0。A count must be a whole number from 0 to {MaxCount}; an amount must be ≥ 0.");
        }

        var counts = ReadCounts(report);
        var amount = report.ProactiveDisclosure.Fees.AmountTenThousandYuan;
        if (cell.Kind == CellKind.Amount)
        {
            amount = value;
        }
        else
        {
            counts[cell.Index] = (long)value;
        }

        return WithFigures(report, counts, amount);
    }

    /// <summary>JSON 中件数的上限 2^53 − 1。The largest count JSON allows, 2^53 − 1.</summary>
    public const long MaxCount = 9007199254740991;

    /// <summary>Reads every count cell into an array indexed by <see cref="FormCell.Index"/> (the amount's slot stays 0).</summary>
    internal static long[] ReadCounts(AnnualReport report)
    {
        var counts = new long[AllCells.Count];
        ReadCounts(report, counts);
        return counts;
    }

    /// <summary>Reads every count cell into an existing array indexed by <see cref="FormCell.Index"/>, row by row; the amount's slot is left as it is.</summary>
    internal static void ReadCounts(AnnualReport report, long[] counts)
    {
        foreach (var row in CountRows.All)
        {
            row.CountReader!(report, counts);
        }
    }

    // A nested holder so that the list is built only after the rows exist, whatever the order of the partial files.
    private static class CountRows
    {
        internal static readonly FormRow[] All = Rows.Where(r => r.CountReader is not null).ToArray();
    }

    /// <summary>Returns the report with all three tables rebuilt from counts indexed by <see cref="FormCell.Index"/> and the fee amount.</summary>
    internal static AnnualReport WithFigures(AnnualReport report, long[] counts, decimal amount)
    {
        ApplicantCounts B(FormRow row) => (ApplicantCounts)MakeRow(row, counts);
        var o = OutcomeRows;
        return report with
        {
            ProactiveDisclosure = new ProactiveDisclosureTable
            {
                Regulations = (DocumentCounts)MakeRow(Regulations, counts),
                NormativeDocuments = (DocumentCounts)MakeRow(NormativeDocuments, counts),
                Licensing = (DecisionCount)MakeRow(LicensingRow, counts),
                Punishment = (DecisionCount)MakeRow(PunishmentRow, counts),
                Compulsion = (DecisionCount)MakeRow(CompulsionRow, counts),
                Fees = new FeeAmount { AmountTenThousandYuan = amount },
            },
            Applications = new ApplicationsTable
            {
                Received = B(Received),
                CarriedOver = B(CarriedOver),
                Outcomes = new ApplicationOutcomes
                {
                    Disclosed = B(o[0]),
                    PartiallyDisclosed = B(o[1]),
                    Withheld = new WithheldOutcomes
                    {
                        StateSecret = B(o[2]), ProhibitedByLaw = B(o[3]), SecurityAndStability = B(o[4]), ThirdPartyRights = B(o[5]),
                        InternalAffairs = B(o[6]), ProcessInformation = B(o[7]), EnforcementFiles = B(o[8]), AdministrativeQueries = B(o[9]),
                    },
                    UnableToProvide = new UnableToProvideOutcomes { NotHeld = B(o[10]), RequiresCreation = B(o[11]), UnclearAfterCorrection = B(o[12]) },
                    NotProcessed = new NotProcessedOutcomes
                    {
                        ComplaintsAndPetitions = B(o[13]), RepeatedApplications = B(o[14]), PublicationsRequested = B(o[15]),
                        ExcessiveApplications = B(o[16]), ConfirmationRequested = B(o[17]),
                    },
                    OtherHandling = new OtherHandlingOutcomes { NoCorrectionInTime = B(o[18]), FeesUnpaid = B(o[19]), Other = B(o[20]) },
                    Total = B(OutcomesTotal),
                },
                CarriedForward = B(CarriedForward),
            },
            ReviewsAndLitigation = new ReviewsAndLitigationTable
            {
                AdministrativeReview = (CaseOutcomeCounts)MakeRow(CaseRows[0], counts),
                LitigationWithoutReview = (CaseOutcomeCounts)MakeRow(CaseRows[1], counts),
                LitigationAfterReview = (CaseOutcomeCounts)MakeRow(CaseRows[2], counts),
            },
        };
    }
}
