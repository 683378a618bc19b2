using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Breaks a consistent draft in exactly one rule. Every change to table B compensates, so that the relations of other
/// rules still hold: a cell changes together with its row's total (the row adds up, the column does not), or two cells of
/// one column change together on both sides of the balance.
/// </summary>
internal static class ReportBreaker
{
    private static readonly Gen<int> Amount = Gen.Choose(1, 9);

    // The six applicant columns; the seventh is their total.
    private static readonly Gen<int> ApplicantColumn = Gen.Choose(0, ReportForm.ApplicantCountsShape.Columns.Count - 2);

    private static readonly FormRow[] DocumentRows = [ReportForm.Regulations, ReportForm.NormativeDocuments];

    private static readonly IReadOnlyList<FormRow> CaseRows = ReportForm.ReviewsAndLitigationTable.Rows;

    private static readonly Dictionary<string, Func<Draft, Gen<AnnualReport>>> Breakers = new(StringComparer.Ordinal)
    {
        // The 2021 format does not apply before 2021.
        ["GD001"] = d => Gen.Choose(2000, ReportGenerators.FirstFormatYear - 1).Select(year => (d with { Year = year }).Write()),

        // A report of a year that has not ended.
        ["GD002"] = d => Gen.Choose(1, 3).Select(ahead => (d with { Year = DateTime.Today.Year + ahead }).Write()),

        ["GD003"] = d =>
            from text in Gen.Elements(ReportForm.OverviewSummary, ReportForm.ProblemsAndImprovements, ReportForm.OtherMatters)
            from blank in Gen.Elements("", " ", "\n", " \n ")
            select WithText(d.Write(), text, blank),

        // A sub-section dropped: the generated prose names each topic only in its own sub-section.
        ["GD004"] = d =>
            from topic in Gen.Elements(ReportForm.OverviewTopics.ToArray())
            from empty in Gen.Elements<string?>(null, "", " ")
            select WithText(d.Write(), topic.SubSection, empty),

        // More issued than in force and repealed together.
        ["GD101"] = d =>
            from row in Gen.Elements(DocumentRows)
            from k in Amount
            select d.Change(f => f[row.Cells[0]] = f[row.Cells[1]] + f[row.Cells[2]] + k).Write(),

        // Finer than one yuan: six decimal places, the last not 0.
        ["GD102"] = d => Gen.Choose(1, 99_999_999).Where(n => n % 10 != 0).Select(n => d.Change(f => f.Fee = n / 1_000_000m).Write()),

        // The same column of the left and right side of the balance grows: the balance holds, the two rows' totals do not.
        ["GD201"] = d =>
            from left in Gen.Elements(ReportForm.Received, ReportForm.CarriedOver)
            from c in ApplicantColumn
            from k in Amount
            select d.Change(f =>
            {
                f[left.Cells[c]] += k;
                f[ReportForm.CarriedForward.Cells[c]] += k;
            }).Write(),

        // An outcome cell and its row's total grow: the row adds up, the outcomes total (that column and the total column) does not.
        ["GD202"] = d =>
            from row in Gen.Elements(ReportForm.OutcomeDetailRows.ToArray())
            from c in ApplicantColumn
            from k in Amount
            select d.Change(f => GrowWithTotal(f, row, c, k)).Write(),

        // One side of the balance grows in a column and in its row's total.
        ["GD203"] = d =>
            from row in Gen.Elements(ReportForm.Received, ReportForm.CarriedOver, ReportForm.CarriedForward)
            from c in ApplicantColumn
            from k in Amount
            select d.Change(f => GrowWithTotal(f, row, c, k)).Write(),

        // Any one cell of a table C row: its outcomes or its total.
        ["GD301"] = d =>
            from row in Gen.Elements(CaseRows.ToArray())
            from cell in Gen.Elements(row.Cells.ToArray())
            from k in Amount
            select d.Change(f => f[cell] += k).Write(),

        // A number of applications that is neither this year's nor with last year's carried over.
        ["GD401"] = d => Amount.Select(k => d.Write((report, claims) => claims with
        {
            StatedReceived = ProseClaims.Received(report) + ProseWriter.Total(ReportForm.CarriedOver).GetCount(report) + k,
        })),

        // "All concluded" while some go on to next year.
        ["GD402"] = d =>
            from c in ApplicantColumn
            from k in Amount
            select d.ChangeConsistently(f => f[ReportForm.CarriedForward.Cells[c]] += k).Write((_, claims) => claims with { AllConcluded = true }),

        // "No review or litigation" while table C has a case.
        ["GD403"] = d =>
            from row in Gen.Elements(CaseRows.ToArray())
            from outcome in Gen.Choose(0, row.Cells.Count - 2)
            from k in Amount
            select d.ChangeConsistently(f => f[row.Cells[outcome]] += k).Write((_, claims) => claims with { NoCases = true }),
    };

    public static IReadOnlyList<string> Rules { get; } = Breakers.Keys.OrderBy(id => id, StringComparer.Ordinal).ToArray();

    public static Func<Draft, Gen<AnnualReport>>? For(string ruleId) => Breakers.TryGetValue(ruleId, out var breaker) ? breaker : null;

    private static void GrowWithTotal(Figures figures, FormRow row, int column, int amount)
    {
        figures[row.Cells[column]] += amount;
        figures[ProseWriter.Total(row)] += amount;
    }

    private static AnnualReport WithText(AnnualReport report, FormText text, string? value) =>
        text == ReportForm.OverviewSummary ? report with { Overview = report.Overview with { Summary = value ?? "" } }
        : text == ReportForm.ProblemsAndImprovements ? report with { ProblemsAndImprovements = value ?? "" }
        : text == ReportForm.OtherMatters ? report with { OtherMatters = value ?? "" }
        : report with { Overview = WithSubSection(report.Overview, text, value) };

    private static Overview WithSubSection(Overview overview, FormText subSection, string? value)
    {
        var topics = ReportForm.OverviewTopics;
        return subSection == topics[0].SubSection ? overview with { ProactiveDisclosure = value }
            : subSection == topics[1].SubSection ? overview with { RequestedDisclosure = value }
            : subSection == topics[2].SubSection ? overview with { InformationManagement = value }
            : subSection == topics[3].SubSection ? overview with { PlatformBuilding = value }
            : overview with { Oversight = value };
    }
}
