using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 把一份报告与同一机关上一年度的报告逐项比对，如同公开办审阅一份新年报。无状态，可在多线程间共享。
/// Compares a report with the same agency's report of the year before, the way a disclosure office reviews a new report.
/// Stateless and safe to share between threads.
/// </summary>
public static class ReportComparer
{
    // Scratch for the counts of the two reports, one pair per thread, so that comparing stays safe to share.
    [ThreadStatic]
    private static long[]? previousCounts;

    [ThreadStatic]
    private static long[]? currentCounts;

    /// <summary>
    /// 比对两份报告：变化的单元格、各段文字的相似度和逐年比对规则（GD501–GD507）的发现。
    /// Compares two reports: the cells that changed, the similarity of each stretch of prose and the findings of the
    /// year-over-year rules (GD501–GD507).
    /// </summary>
    /// <param name="previous">上一年度的报告。Last year's report.</param>
    /// <param name="current">本年度的报告。This year's report.</param>
    /// <param name="options">选项；null 为 <see cref="DiffOptions.Default"/>。The options; null for <see cref="DiffOptions.Default"/>.</param>
    /// <returns>比对结果。The comparison.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="previous"/> 或 <paramref name="current"/> 为 null。A report is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">选项中的阈值超出范围。A threshold of the options is out of range.</exception>
    public static ReportDiff Compare(AnnualReport previous, AnnualReport current, DiffOptions? options = null)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(current);
        options = (options ?? DiffOptions.Default).Checked();

        var findings = new List<Finding>();
        YearOverYearChecks.Years(previous, current, options, findings);
        YearOverYearChecks.AgencyName(previous, current, options, findings);
        YearOverYearChecks.CarryOver(previous, current, options, findings);
        YearOverYearChecks.InForce(previous, current, options, findings);

        var cells = ChangedCells(previous, current, options, findings);

        var previousProse = StrippedProse.First.Read(previous);
        var currentProse = StrippedProse.Second.Read(current);
        var sections = new SectionSimilarity[ProseSection.All.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            var section = ProseSection.All[i];
            var text = currentProse.Section(section);
            sections[i] = new SectionSimilarity(section, TextSimilarity.OfStripped(previousProse.Section(section), text));
            YearOverYearChecks.Repetition(section, text.Length == 0, sections[i].Similarity, options, findings);
        }

        previousProse.Release();
        currentProse.Release();

        findings.Sort(DocumentOrder.Compare);
        return new ReportDiff(previous.Year, current.Year, cells, sections, findings);
    }

    /// <summary>The cells whose value changed, in document order, with GD506 for the counts that changed sharply.</summary>
    private static List<CellChange> ChangedCells(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        // Every count read once per report, row by row, rather than cell by cell through the cells' readers.
        var before = previousCounts ??= new long[ReportForm.Cells.Count];
        var after = currentCounts ??= new long[ReportForm.Cells.Count];
        ReportForm.ReadCounts(previous, before);
        ReportForm.ReadCounts(current, after);
        YearOverYearChecks.CopiedTables(before, after, options.Language, findings);

        var cells = new List<CellChange>();
        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind == CellKind.Count)
            {
                var (was, now) = (before[cell.Index], after[cell.Index]);
                if (was != now)
                {
                    cells.Add(new CellChange(cell, was, now));
                    YearOverYearChecks.SharpChange(cell, was, now, options, findings);
                }
            }
            else
            {
                var (was, now) = (cell.Value(previous), cell.Value(current));
                if (was != now)
                {
                    cells.Add(new CellChange(cell, was, now));
                }
            }
        }

        return cells;
    }
}
