using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// 逼真的政府信息公开工作年度报告的 FsCheck 生成器：勾稽一致的报告、相邻年度的一对报告、只违反一条规则的报告。
/// FsCheck generators of realistic annual reports: consistent reports, pairs of consecutive years, and reports that break
/// exactly one rule.
/// </summary>
/// <remarks>
/// 一致的报告满足 <see cref="Form.ReportForm.Relations"/> 的全部关系，数字多为 0、少数很大，文字涵盖总体情况的五个方面并与表格相符。
/// A consistent report satisfies every relation of <see cref="Form.ReportForm.Relations"/>; most cells are 0 and a few large;
/// its prose covers the overview's five topics and agrees with the tables.
/// </remarks>
public static class ReportGenerators
{
    /// <summary>2021 年版格式适用的第一个年度。The first year the 2021 format applies to.</summary>
    public const int FirstFormatYear = 2021;

    /// <summary>
    /// 默认的最后一个年度：当前年度的上一年（年度报告在次年发布），至少为 2021。
    /// The default last year: the year before the current one (a year's report is published the next year), at least 2021.
    /// </summary>
    public static int DefaultLastYear => Math.Max(FirstFormatYear, DateTime.Today.Year - 1);

    /// <summary>
    /// 勾稽一致的报告，年度为 2021 至 <see cref="DefaultLastYear"/>。Consistent reports of the years 2021 to <see cref="DefaultLastYear"/>.
    /// </summary>
    /// <returns>生成器。The generator.</returns>
    public static Gen<AnnualReport> ConsistentReport() => ConsistentReport(FirstFormatYear, DefaultLastYear);

    /// <summary>
    /// 勾稽一致的报告，年度在给定范围内。Consistent reports of the years in a range.
    /// </summary>
    /// <param name="firstYear">最早年度。The first year.</param>
    /// <param name="lastYear">最晚年度（含）。The last year, inclusive.</param>
    /// <returns>生成器。The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> 早于 <paramref name="firstYear"/>。The range is empty.</exception>
    public static Gen<AnnualReport> ConsistentReport(int firstYear, int lastYear)
    {
        Guard.Against.OutOfRange(lastYear, nameof(lastYear), firstYear, int.MaxValue);
        return Draft.Consistent(firstYear, lastYear).Select(draft => draft.Write());
    }

    /// <summary>
    /// 同一机关相邻两个年度的一致报告，本年度在 2022 至 <see cref="DefaultLastYear"/> 之间。
    /// Consistent reports of one agency for consecutive years, this year being 2022 to <see cref="DefaultLastYear"/>.
    /// </summary>
    /// <returns>生成器。The generator.</returns>
    /// <remarks>
    /// 本年度上年结转等于上年度结转下年度（逐列），现行有效件数等于上年度现行有效加本年制发减本年废止；两年文字措辞和数字各不相同，不构成内容雷同。
    /// This year's carried-over applications are last year's carried-forward ones, column by column; the documents in force
    /// are last year's plus those issued less those repealed; the two years' prose differs in wording and figures (no 内容雷同).
    /// </remarks>
    public static Gen<ConsecutiveReports> ConsecutiveYears() => ConsecutiveYears(FirstFormatYear, Math.Max(FirstFormatYear + 1, DefaultLastYear));

    /// <summary>
    /// 同一机关相邻两个年度的一致报告，两个年度都在给定范围内。Consistent reports of consecutive years, both within a range.
    /// </summary>
    /// <param name="firstYear">上一年度的最早年度。The earliest previous year.</param>
    /// <param name="lastYear">本年度的最晚年度（含）。The latest current year, inclusive.</param>
    /// <returns>生成器。The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> 不晚于 <paramref name="firstYear"/>。The range holds fewer than two years.</exception>
    public static Gen<ConsecutiveReports> ConsecutiveYears(int firstYear, int lastYear)
    {
        Guard.Against.OutOfRange(lastYear, nameof(lastYear), firstYear + 1, int.MaxValue);
        return from previous in Draft.Consistent(firstYear, lastYear - 1)
               from currentFigures in FigureGenerator.Consistent
               from nextWording in previous.Wording.NextYear()
               let current = previous with { Year = previous.Year + 1, Figures = YearChain.Chain(previous.Figures, currentFigures), Wording = nextWording }
               select new ConsecutiveReports(previous.Write(), current.Write());
    }

    /// <summary>
    /// 一个地区多年的全部报告，埋设了照搬上年数字、机关之间抄袭文字和与成员之和不符的汇总报告（见 <see cref="Testing.Jurisdiction"/>），
    /// 最后一个年度为 <see cref="DefaultLastYear"/>。
    /// All the reports of a jurisdiction over several years, with tables copied forward, prose copied between agencies and
    /// roll-ups that differ from their members planted in them (see <see cref="Testing.Jurisdiction"/>), the last year being
    /// <see cref="DefaultLastYear"/>.
    /// </summary>
    /// <param name="agencies">机关数，2 至 <see cref="MaxJurisdictionAgencies"/>。How many agencies, 2 to <see cref="MaxJurisdictionAgencies"/>.</param>
    /// <param name="years">年度数，1 至 20。How many years, 1 to 20.</param>
    /// <returns>生成器。The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">参数超出范围。An argument is out of range.</exception>
    public static Gen<Jurisdiction> Jurisdiction(int agencies, int years)
    {
        Guard.Against.OutOfRange(agencies, nameof(agencies), 2, MaxJurisdictionAgencies);
        Guard.Against.OutOfRange(years, nameof(years), 1, 20);
        var lastYear = Math.Max(DefaultLastYear, FirstFormatYear + years - 1);
        return from figures in FigureGenerator.Consistent.ArrayOf(agencies * years)
               from wordings in Wording.Any.ArrayOf(agencies * years)
               from seed in Gen.Choose(0, int.MaxValue)
               select JurisdictionBuilder.Build(agencies, years, lastYear, figures, wordings, new Random(seed));
    }

    /// <summary>一个地区最多的机关数（各城市与各部门的组合数）。The most agencies a jurisdiction can have (the cities times the departments).</summary>
    public static int MaxJurisdictionAgencies { get; } = AgencyNames.Cities.Length * (AgencyNames.Departments.Length - 1);

    /// <summary>
    /// 能够生成违反报告的规则编号：GD001–GD004、GD101、GD102、GD201–GD203、GD301、GD401–GD403。
    /// The IDs of the rules <see cref="BrokenReport"/> can break: GD001–GD004, GD101, GD102, GD201–GD203, GD301, GD401–GD403.
    /// </summary>
    public static IReadOnlyList<string> BreakableRules => ReportBreaker.Rules;

    /// <summary>
    /// 只违反一条规则的报告：在一致的报告上作最小的改动，使该规则报告问题而其他规则都不报告错误。
    /// Reports that break exactly one rule: a consistent report changed just enough that the rule reports a finding and no
    /// other rule reports an error.
    /// </summary>
    /// <param name="ruleId">规则编号，见 <see cref="BreakableRules"/>。A rule ID from <see cref="BreakableRules"/>.</param>
    /// <returns>生成器。The generator.</returns>
    /// <remarks>
    /// 改动会相互抵消，只破坏所选规则的勾稽关系：例如 GD202 同时改动一个结果行的某列及该行总计，行合计仍成立，只有办理结果总计不符。
    /// 文字随改动后的表格重写，文字规则（GD401–GD403）则只改文字的说法。
    /// Changes compensate so that only the chosen rule's relations fail: for GD202, an outcome row's cell and that row's
    /// total change together, so the row still adds up and only the outcomes total is wrong. The prose is written from the
    /// changed tables; for the prose rules (GD401–GD403) only what the prose claims changes.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> 为 null。<paramref name="ruleId"/> is null.</exception>
    /// <exception cref="ArgumentException">不是可破坏的规则。Not a rule that can be broken.</exception>
    public static Gen<AnnualReport> BrokenReport(string ruleId)
    {
        Guard.Against.Null(ruleId);
        var breaker = ReportBreaker.For(ruleId)
            ?? throw new ArgumentException($"无法生成违反 {ruleId} 的报告；可选：{string.Join(", ", BreakableRules)}。No generator breaks {ruleId}; choose one of {string.Join(", ", BreakableRules)}.", nameof(ruleId));
        return Draft.Consistent(FirstFormatYear, DefaultLastYear).SelectMany(breaker);
    }

    /// <summary>
    /// 把一份一致的报告缩小为更小的一致报告（数字归零或减半并重新推导合计，文字改为最朴素的措辞）。
    /// Shrinks a consistent report to smaller consistent ones: figures go to zero or halve with the totals derived again, and
    /// the prose takes its plainest wording.
    /// </summary>
    /// <param name="report">一致的报告。A consistent report.</param>
    /// <returns>更小的一致报告，先大步后小步。Smaller consistent reports, big steps first.</returns>
    public static IEnumerable<AnnualReport> ShrinkConsistent(AnnualReport report)
    {
        Guard.Against.Null(report);
        return ReportShrinker.Shrink(report);
    }

    /// <summary>
    /// 把一对相邻年度的一致报告缩小为更小的一对，保持两年衔接。Shrinks a consistent pair to smaller pairs that still chain.
    /// </summary>
    /// <param name="reports">一对一致的报告。A consistent pair.</param>
    /// <returns>更小的一对。Smaller pairs.</returns>
    public static IEnumerable<ConsecutiveReports> ShrinkConsecutive(ConsecutiveReports reports)
    {
        Guard.Against.Null(reports);
        return ReportShrinker.Shrink(reports);
    }
}
