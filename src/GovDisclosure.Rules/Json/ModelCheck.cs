using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// What the JSON reader guarantees of every report it returns, checked on a report built in code: every member the model
/// requires is there (a null is a bad call, <see cref="ArgumentException"/> naming the member), and every figure is in the
/// reader's range (a count from 0 to <see cref="ReportForm.MaxCount"/>, an amount ≥ 0, a year from 0 to 9999 — GDJ006
/// findings, as the reader gives for the same data). With both, no sum of a report's counts can overflow.
/// </summary>
internal static class ModelCheck
{
    // The objects that hold rows, parents before children, so that a row's reader never meets a null on its way.
    private static readonly (string Pointer, Func<AnnualReport, object?> Get)[] Containers =
    [
        (Parent(ReportForm.AgencyName.Pointer), r => r.Agency),
        (ReportForm.OverviewSection.Pointer, r => r.Overview),
        (ReportForm.ProactiveDisclosureSection.Pointer, r => r.ProactiveDisclosure),
        (ReportForm.ApplicationsSection.Pointer, r => r.Applications),
        (Parent(ReportForm.OutcomesTotal.Pointer), r => r.Applications.Outcomes),
        (Parent(ReportForm.OutcomeDetailRows[2].Pointer), r => r.Applications.Outcomes.Withheld),
        (Parent(ReportForm.OutcomeDetailRows[10].Pointer), r => r.Applications.Outcomes.UnableToProvide),
        (Parent(ReportForm.OutcomeDetailRows[13].Pointer), r => r.Applications.Outcomes.NotProcessed),
        (Parent(ReportForm.OutcomeDetailRows[18].Pointer), r => r.Applications.Outcomes.OtherHandling),
        (ReportForm.ReviewsAndLitigationSection.Pointer, r => r.ReviewsAndLitigation),
    ];

    private static readonly FormText[] RequiredTexts = ReportForm.Texts.Where(t => t.IsRequired).ToArray();

    // The reader's names of the figures, so that a finding reads as the reader's would.
    private static readonly JsonMember[] CellMembers = ReportForm.Cells.Select(c => JsonShape.All.First(m => m.Cell == c)).ToArray();
    private static readonly JsonMember YearMember = JsonShape.All.First(m => m.Kind == JsonMemberKind.Year);

    /// <summary>Throws <see cref="ArgumentException"/> for the first member the model requires that is null; <paramref name="index"/> (from 1) says which report of several.</summary>
    internal static void RequireMembers(AnnualReport report, string parameter, int? index = null)
    {
        foreach (var (pointer, get) in Containers)
        {
            if (get(report) is null)
            {
                throw Missing(index, pointer, parameter);
            }
        }

        // Index loops: no enumerator, so that validating a good report still allocates nothing.
        var rows = ReportForm.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].ModelOf(report) is null)
            {
                throw Missing(index, rows[i].Pointer, parameter);
            }
        }

        foreach (var text in RequiredTexts)
        {
            if (text.Text(report) is null)
            {
                throw Missing(index, text.Pointer, parameter);
            }
        }
    }

    /// <summary>Whether every figure is in the reader's range; <paramref name="counts"/> are the report's, by <see cref="FormCell.Index"/>.</summary>
    internal static bool InRange(AnnualReport report, long[] counts)
    {
        if (!YearInRange(report) || report.ProactiveDisclosure.Fees.AmountTenThousandYuan < 0)
        {
            return false;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            // The amount's slot holds 0.
            if ((ulong)counts[i] > ReportForm.MaxCount)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds a GDJ006 finding for every figure out of the reader's range; <paramref name="whose"/>, when given, opens each
    /// message (which report of several), and the finding's key is then Message.Whose. The members must be there (<see cref="RequireMembers"/>).
    /// </summary>
    internal static void AddOutOfRange(AnnualReport report, long[] counts, MessageLanguage language, MessagePart? whose, List<Finding> findings)
    {
        var rule = JsonRules.OutOfRange;
        if (!YearInRange(report))
        {
            findings.Add(Finding(YearMember, report.Year, JsonWords.YearRange()));
        }

        var amount = report.ProactiveDisclosure.Fees.AmountTenThousandYuan;
        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind == CellKind.Count && (ulong)counts[cell.Index] > ReportForm.MaxCount)
            {
                findings.Add(Finding(CellMembers[cell.Index], counts[cell.Index], JsonWords.CountRange()));
            }
            else if (cell.Kind == CellKind.Amount && amount < 0)
            {
                findings.Add(Finding(CellMembers[cell.Index], amount, JsonWords.AmountRange()));
            }
        }

        Finding Finding(JsonMember member, IFormattable value, MessagePart range)
        {
            object?[] arguments = [member, value.ToString(null, CultureInfo.InvariantCulture), range];
            return whose is null
                ? rule.Find(language, member.Pointer, arguments)
                : Rules.Finding.Worded(language, "Message.Whose", member.Pointer, [whose, new MessagePart(rule.Id, arguments)], rule.Id, rule.DefaultSeverity);
        }
    }

    /// <summary>
    /// For the writers, which have no findings to give: throws <see cref="ArgumentException"/> for a missing member or for
    /// the first figure out of range, in both languages.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="parameter">The name of the caller's parameter.</param>
    internal static void RequireReadable(AnnualReport report, string parameter)
    {
        RequireMembers(report, parameter);
        var counts = ReportForm.ReadCounts(report);
        if (!InRange(report, counts))
        {
            var chinese = new List<Finding>();
            var english = new List<Finding>();
            AddOutOfRange(report, counts, MessageLanguage.Chinese, null, chinese);
            AddOutOfRange(report, counts, MessageLanguage.English, null, english);
            throw new ArgumentException($"{chinese[0].Path}：{chinese[0].Message}。{english[0].Path}: {english[0].Message}.", parameter);
        }
    }

    private static bool YearInRange(AnnualReport report) => report.Year >= 0 && report.Year <= JsonShape.MaxYear;

    private static ArgumentException Missing(int? index, string pointer, string parameter) => index is null
        ? new($"{pointer}：模型要求此成员，不能为 null。{pointer}: the model requires this member; it cannot be null.", parameter)
        : new($"第 {index} 份报告的 {pointer}：模型要求此成员，不能为 null。{pointer} of report {index}: the model requires this member; it cannot be null.", parameter);

    private static string Parent(string pointer) => pointer.Substring(0, pointer.LastIndexOf('/'));
}
