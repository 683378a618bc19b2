using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// 把同一年度多个机关的报告汇总为一份（如市、省公开办发布的全部门汇总）：每个表格单元格相加。无状态，可在多线程间共享。
/// Rolls many agencies' reports of one year up into one (as a city's or province's disclosure office publishes for all its
/// departments): every table cell summed. Stateless and safe to share between threads.
/// </summary>
public static class ReportAggregator
{
    // Enough to identify the reports that differ without a message the size of the input.
    private const int ListedReports = 20;

    /// <summary>
    /// 汇总报告。Rolls reports up into one.
    /// </summary>
    /// <param name="reports">同一年度的报告。Reports of one year.</param>
    /// <param name="rollUpName">汇总报告的机关名称，如“某市人民政府各部门”。The name the roll-up is published under.</param>
    /// <param name="options">选项；null 为 <see cref="AggregationOptions.Default"/>。The options; null for <see cref="AggregationOptions.Default"/>.</param>
    /// <returns>
    /// 结果：年度相同的报告得到一份同年度的汇总报告，每个表格单元格为各报告之和，收费金额为精确的十进制和，文字取自选项（默认为空）。
    /// 年度不一致（GDA001）、某格之和超出 0 至 9007199254740991（GDA002）或没有报告（GDA003）时只有发现，没有报告；
    /// 某份报告有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年份）时，结果只有这些 GDJ006 发现（消息指明第几份报告），没有报告。
    /// The result: reports of one year give a roll-up of that year, every table cell the sum over the reports, the fee
    /// amount an exact decimal sum, the prose taken from the options (empty by default). Reports of different years (GDA001),
    /// a cell whose sum leaves 0 … 9007199254740991 (GDA002) or no report at all (GDA003) give findings and no report; a
    /// report holding a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year
    /// outside 0 to 9999) gives only those GDJ006 findings (each message says which report) and no report.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> 或 <paramref name="rollUpName"/> 为 null。An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reports"/> 中有 null，或某份报告缺少模型要求的成员（消息给出第几份及其 JSON Pointer）。<paramref name="reports"/> contains null, or a report lacks a member the model requires (the message gives which report and the member's JSON Pointer).</exception>
    public static AggregationResult Aggregate(IEnumerable<AnnualReport> reports, string rollUpName, AggregationOptions? options = null)
    {
        Guard.Against.Null(reports);
        Guard.Against.Null(rollUpName);
        options ??= AggregationOptions.Default;

        var language = options.Language;
        var sums = new CellSums();
        var years = new YearTally();
        var count = 0;

        // Row by row into a buffer reused for every report: one walk to each row's model, no allocation per report.
        var counts = new long[ReportForm.Cells.Count];
        List<Finding>? refused = null;
        foreach (var report in reports)
        {
            if (report is null)
            {
                throw new ArgumentException($"第 {count + 1} 份报告为 null。Report {count + 1} is null.", nameof(reports));
            }

            ModelCheck.RequireMembers(report, nameof(reports), count + 1);
            ReportForm.ReadCounts(report, counts);
            if (!ModelCheck.InRange(report, counts))
            {
                // Summed, a −1 would silently take one from the total: the report is refused as the reader would refuse it.
                var whose = new MessagePart("Aggregation.Whose", count + 1, report.Agency.Name);
                ModelCheck.AddOutOfRange(report, counts, language, whose, refused ??= []);
            }

            years.Add(report, count);
            sums.Add(report, counts);
            count++;
        }

        if (refused is not null)
        {
            return new AggregationResult(null, refused, count);
        }

        if (count == 0)
        {
            var rule = AggregationRules.NothingToAggregate;
            return new AggregationResult(null, [rule.Find(language, "", [])], 0);
        }

        var findings = new List<Finding>();
        years.Check(language, findings);
        CheckRanges(sums, language, findings);
        if (findings.Count > 0)
        {
            return new AggregationResult(null, findings, count);
        }

        var rollUp = AnnualReport.Create(years.Majority, rollUpName) with
        {
            Preamble = options.Preamble,
            Overview = options.Overview ?? Overview.Empty,
            ProblemsAndImprovements = options.ProblemsAndImprovements ?? "",
            OtherMatters = options.OtherMatters ?? "",
        };
        return new AggregationResult(ReportForm.WithFigures(rollUp, sums.Counts(), sums.Amount), findings, count);
    }

    /// <summary>GDA002, at each cell whose sum is not a count; in document order, as the cells are.</summary>
    private static void CheckRanges(CellSums sums, MessageLanguage language, List<Finding> findings)
    {
        var rule = AggregationRules.SumOutOfRange;
        var max = ReportForm.MaxCount.ToString(CultureInfo.InvariantCulture);
        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind == CellKind.Count && sums.OutOfRange(cell) is { } sum)
            {
                findings.Add(rule.Find(language, cell.Pointer, [cell, sum.ToString(CultureInfo.InvariantCulture), max], actual: sum));
            }
            else if (cell.Kind == CellKind.Amount && sums.AmountOverflowed)
            {
                findings.Add(rule.Find(language, cell.Pointer,
                    [cell, "> " + decimal.MaxValue.ToString(CultureInfo.InvariantCulture), decimal.MaxValue.ToString(CultureInfo.InvariantCulture)]));
            }
        }
    }

    /// <summary>The years of the reports: the most common one, and the first few reports of every other year (GDA001).</summary>
    private sealed class YearTally
    {
        private readonly Dictionary<int, Year> years = [];

        public int Majority { get; private set; }

        public void Add(AnnualReport report, int index)
        {
            if (!years.TryGetValue(report.Year, out var year))
            {
                year = new Year(index);
                years.Add(report.Year, year);
            }

            year.Count++;
            if (year.Examples.Count < ListedReports)
            {
                year.Examples.Add((index, report.Agency.Name));
            }
        }

        public void Check(MessageLanguage language, List<Finding> findings)
        {
            // The most common year; of equally common ones, the one met first.
            var majority = years.OrderByDescending(y => y.Value.Count).ThenBy(y => y.Value.FirstIndex).First();
            Majority = majority.Key;
            if (years.Count == 1)
            {
                return;
            }

            var differing = years.Where(y => y.Key != Majority)
                .SelectMany(y => y.Value.Examples.Select(e => (e.Index, e.Agency, Year: y.Key)))
                .OrderBy(e => e.Index).ToList();
            var total = years.Where(y => y.Key != Majority).Sum(y => y.Value.Count);
            var listed = differing.Take(ListedReports).Select(e => (object?)new MessagePart("Aggregation.Listed", e.Index + 1, e.Agency, e.Year)).ToList();
            if (total > ListedReports)
            {
                listed.Add(new MessagePart("Aggregation.More", total - ListedReports));
            }

            var rule = AggregationRules.YearsDiffer;
            findings.Add(rule.Find(language, "/year", [Majority, total, new PartList("Aggregation.Separator", listed)], expected: Majority));
        }

        private sealed class Year(int firstIndex)
        {
            public int FirstIndex { get; } = firstIndex;

            public int Count { get; set; }

            public List<(int Index, string Agency)> Examples { get; } = [];
        }
    }
}
