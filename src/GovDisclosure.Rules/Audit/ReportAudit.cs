using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 审计一个地区多年的全部报告，如省、市公开办每年督查和评估所辖机关的年报：逐份校验（有同一机关上一年度的报告时含逐年比对，
/// 如 GD507 照搬上年数字），查找机关之间雷同的文字（GDA004）和与成员之和不符的汇总报告（GDA005），并统计趋势和分布。无状态，可在多线程间共享。
/// Audits all the reports of a jurisdiction over several years, as a province's or city's disclosure office supervises and
/// ranks its agencies' reports: each report validated (year over year when the agency's report of the year before is
/// there, such as GD507 tables copied forward), prose copied between agencies (GDA004) and roll-ups that differ from
/// their members' sum (GDA005) found, and the trends and spreads worked out. Stateless and safe to share between threads.
/// </summary>
public static class ReportAudit
{
    /// <summary>
    /// 审计报告。Audits reports.
    /// </summary>
    /// <param name="reports">任意机关、任意年度的报告。Reports of any agencies and years.</param>
    /// <param name="options">选项；null 为 <see cref="AuditOptions.Default"/>。The options; null for <see cref="AuditOptions.Default"/>.</param>
    /// <returns>审计结果。The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> 为 null。<paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reports"/> 中有 null。<paramref name="reports"/> contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">阈值不在 0 至 1 之间。The threshold is outside 0 to 1.</exception>
    public static AuditResult Run(IEnumerable<AnnualReport> reports, AuditOptions? options = null)
    {
        Guard.Against.Null(reports);
        options ??= AuditOptions.Default;
        Guard.Against.OutOfRange(options.ProseSimilarityThreshold, nameof(options), 0.0, 1.0);
        var list = reports.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"第 {i + 1} 份报告为 null。Report {i + 1} is null.", nameof(reports));
            }
        }

        var renames = Renames(options.Renames);
        var keys = list.Select(r => KeyOf(r.Agency.Name, renames)).ToArray();

        // The agency's report of the year before; of two reports of one agency and year, the first given stands for it.
        var byAgencyYear = new Dictionary<(string, int), int>();
        for (var i = 0; i < list.Length; i++)
        {
            if (!byAgencyYear.ContainsKey((keys[i], list[i].Year)))
            {
                byAgencyYear.Add((keys[i], list[i].Year), i);
            }
        }

        var previous = list.Select((r, i) => byAgencyYear.TryGetValue((keys[i], r.Year - 1), out var p) ? p : (int?)null).ToArray();

        var findings = Validate(list, previous, options);
        var years = Enumerable.Range(0, list.Length).GroupBy(i => list[i].Year).OrderBy(g => g.Key).ToArray();
        long comparisons = 0;
        foreach (var year in years)
        {
            var indexes = year.ToArray();
            CopiedProse.Check(indexes, list, options.ProseSimilarityThreshold, options.Language, findings, ref comparisons);
            RollUps.Check(indexes, list, keys, options.Language, findings);
        }

        var audited = new AuditedReport[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            findings[i].Sort(DocumentOrder.Compare);
            audited[i] = new AuditedReport(i, list[i], keys[i], previous[i], findings[i]);
        }

        var (trends, distributions) = Statistics(years, list, keys);
        return new AuditResult(options.Language, audited, trends, distributions, comparisons);
    }

    /// <summary>The key of an agency: its normalised name, renames followed to the newest name.</summary>
    private static string KeyOf(string name, Dictionary<string, string> renames)
    {
        var chain = new List<string> { AgencyNameKey.Of(name) };

        // A chain of renames (A → B → C) ends at the newest name; a cycle stands for one agency by its ordinal-first name.
        while (renames.TryGetValue(chain[chain.Count - 1], out var next))
        {
            var seen = chain.IndexOf(next);
            if (seen >= 0)
            {
                return chain.Skip(seen).OrderBy(n => n, StringComparer.Ordinal).First();
            }

            chain.Add(next);
        }

        return chain[chain.Count - 1];
    }

    private static Dictionary<string, string> Renames(IReadOnlyDictionary<string, string> renames)
    {
        Guard.Against.Null(renames);
        var normalised = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rename in renames)
        {
            normalised[AgencyNameKey.Of(rename.Key)] = AgencyNameKey.Of(rename.Value ?? "");
        }

        return normalised;
    }

    /// <summary>Every report validated, with its agency's report of the year before where there is one; on every core, one validator each.</summary>
    private static List<Finding>[] Validate(AnnualReport[] reports, int?[] previous, AuditOptions options)
    {
        var validation = options.Validation ?? ValidationOptions.Default;
        var validationOptions = new ValidationOptions
        {
            Language = options.Language,
            Today = validation.Today,
            SeverityOverrides = validation.SeverityOverrides,
            DisabledRules = validation.DisabledRules,
            AdditionalRules = validation.AdditionalRules,
            YearOverYear = validation.YearOverYear with { Language = options.Language },
            SuggestCorrections = validation.SuggestCorrections,
            MaxCellsCorrected = validation.MaxCellsCorrected,
            MaxCorrectionsListed = validation.MaxCorrectionsListed,
        };
        var findings = new List<Finding>[reports.Length];
        Parallel.For(0, reports.Length, () => new ReportValidator(validationOptions), (i, _, validator) =>
        {
            var before = previous[i] is { } p ? reports[p] : null;
            findings[i] = [.. validator.Validate(reports[i], before).Findings];
            return validator;
        }, _ => { });
        return findings;
    }

    private static (YearTrend[] Trends, FigureDistribution[] Distributions) Statistics(IGrouping<int, int>[] years, AnnualReport[] reports, string[] keys)
    {
        var trends = new List<YearTrend>();
        var distributions = new List<FigureDistribution>();
        var counts = new long[ReportForm.Cells.Count];
        foreach (var year in years)
        {
            // Roll-ups repeat their members' figures: left out of totals and spreads.
            var members = year.Where(i => RollUps.PlaceOf(keys[i]) is null).ToArray();
            var values = KeyFigure.All.Select(_ => new List<(int, decimal)>(members.Length)).ToArray();
            foreach (var i in members)
            {
                ReportForm.ReadCounts(reports[i], counts);
                for (var f = 0; f < values.Length; f++)
                {
                    values[f].Add((i, KeyFigure.All[f].ValueOf(counts)));
                }
            }

            trends.Add(new YearTrend(year.Key, members.Length, values.Select(v => v.Sum(x => x.Item2)).ToArray()));
            for (var f = 0; f < values.Length; f++)
            {
                distributions.Add(FigureStatistics.Distribution(KeyFigure.All[f], year.Key, values[f]));
            }
        }

        return (trends.ToArray(), distributions.ToArray());
    }
}
