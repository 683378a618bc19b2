using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

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
    /// <exception cref="System.ArgumentException">某份报告缺少模型要求的成员（null），消息给出其 JSON Pointer。A report lacks a member the model requires (null); the message gives its JSON Pointer.</exception>
    /// <remarks>
    /// 数值超出读取器范围（负的件数、大于 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）时不作比较：结果只有 GDJ006 发现，
    /// 没有单元格变化和相似度，与读取同样数据时的结论相同。
    /// Figures out of the reader's range (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to
    /// 9999) are not compared: the diff holds only GDJ006 findings, no cell changes and no similarities — the verdict the
    /// reader gives for the same data.
    /// </remarks>
    public static ReportDiff Compare(AnnualReport previous, AnnualReport current, DiffOptions? options = null)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(current);
        ModelCheck.RequireMembers(previous, nameof(previous));
        ModelCheck.RequireMembers(current, nameof(current));
        options = (options ?? DiffOptions.Default).Checked();

        // Every count read once per report, row by row, rather than cell by cell through the cells' readers.
        var before = previousCounts ??= new long[ReportForm.Cells.Count];
        var after = currentCounts ??= new long[ReportForm.Cells.Count];
        ReportForm.ReadCounts(previous, before);
        ReportForm.ReadCounts(current, after);

        var findings = new List<Finding>();
        if (!ModelCheck.InRange(previous, before) || !ModelCheck.InRange(current, after))
        {
            // What the reader would refuse is compared no further: no change or sum of such figures means anything.
            ModelCheck.AddOutOfRange(previous, before, options.Language, new MessagePart("Report.LastYear"), findings);
            ModelCheck.AddOutOfRange(current, after, options.Language, null, findings);
            findings.Sort(DocumentOrder.Compare);
            return new ReportDiff(previous.Year, current.Year, [], [], findings);
        }

        YearOverYearChecks.Years(previous, current, options, findings);
        YearOverYearChecks.AgencyName(previous, current, options, findings);
        YearOverYearChecks.CarryOver(previous, current, options, findings);
        YearOverYearChecks.InForce(previous, current, options, findings);

        var cells = ChangedCells(previous, current, before, after, options, findings);

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
    private static List<CellChange> ChangedCells(AnnualReport previous, AnnualReport current, long[] before, long[] after, DiffOptions options, List<Finding> findings)
    {
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
