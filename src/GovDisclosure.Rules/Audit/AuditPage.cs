using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 把审计结果写成一个独立的 HTML 页面（index.html）：不联网、不用脚本，图表为内嵌 SVG，可按 A4 打印。依次为：通过情况、各规则和严重程度的发现数、
/// 机关 × 年度一览（每格链接到该报告的发现）、关键数字的逐年趋势、各关键数字在机关间的分布（P25/P50/P75 与离群值）、可疑情形、每份报告的发现。
/// Writes an audit as one self-contained HTML page (index.html): no network, no script, inline SVG charts, printable on
/// A4. In order: how many reports pass, findings per rule and severity, the agency × year table (each cell linking to
/// that report's findings), the key figures' trends, each key figure's spread across agencies (P25/P50/P75 and
/// outliers), the suspicious patterns, and each report's findings.
/// </summary>
public static class AuditPage
{
    private static readonly HashSet<string> Suspicious = ["GD507", "GDA004", "GDA005"];

    private const string Style = """
        body{font-family:"WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;margin:24px;color:#222;font-size:14px}
        h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:28px}h3{font-size:15px}
        table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
        td.n{text-align:right}.passed{color:#2ca02c}.warnings{color:#c77700}.failed{color:#d62728}
        .error{color:#d62728}.warning{color:#c77700}.info{color:#555}
        svg text{font-size:12px;fill:#222}.charts{display:flex;flex-wrap:wrap;gap:16px}.charts figure{margin:0}
        figcaption{font-weight:bold;margin-bottom:4px}section.report{break-inside:avoid}
        @page{size:A4;margin:15mm}@media print{body{margin:0;font-size:11px}a{color:inherit;text-decoration:none}h2{break-after:avoid}tr,figure{break-inside:avoid}}
        """;

    /// <summary>
    /// 写出页面。Writes the page.
    /// </summary>
    /// <param name="result">审计结果。The audit.</param>
    /// <param name="writer">写入器。The writer.</param>
    /// <param name="sources">各报告的来源（如文件名），按序号；null 为不写。Each report's source, by index; null for none.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 或 <paramref name="writer"/> 为 null。An argument is null.</exception>
    public static void Write(AuditResult result, TextWriter writer, IReadOnlyList<string>? sources = null)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(writer);
        var page = new Page(result, writer, sources);
        page.Write();
    }

    private sealed class Page(AuditResult result, TextWriter w, IReadOnlyList<string>? sources)
    {
        private readonly MessageLanguage language = result.Language;
        private readonly MessageCatalog catalog = MessageCatalog.For(result.Language);

        private string W(string key) => catalog[key];

        private static string E(string text) => WebUtility.HtmlEncode(text);

        private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private string Name(AuditedReport report) => E(report.Agency) + " " + report.Year.ToString(CultureInfo.InvariantCulture);

        private string Link(AuditedReport report) => $"<a href=\"#r{report.Index}\">{Name(report)}</a>";

        public void Write()
        {
            var title = W("Audit.PageTitle");
            w.Write($"<!DOCTYPE html><html lang=\"{W("Audit.HtmlLanguage")}\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">");
            w.Write($"<title>{title}</title><style>{Style}</style></head><body>");
            w.Write($"<h1>{title}</h1>");
            Summary();
            Rules();
            Table();
            Trends();
            Distributions();
            Patterns();
            Reports();
            w.Write("</body></html>");
        }

        private void Summary()
        {
            var warnings = result.Reports.Count(r => r.Status == AuditStatus.Warnings);
            var years = string.Join(W("Audit.ListSeparator"), result.Years);
            w.Write($"<section id=\"summary\"><h2>{W("Audit.Summary")}</h2><p>{W("Audit.Reports")}: <b>{result.Reports.Count}</b>; ");
            w.Write($"<span class=\"passed\">{AuditWords.Status(AuditStatus.Passed, language)}: <b>{result.Passed}</b></span>; ");
            w.Write($"<span class=\"warnings\">{AuditWords.Status(AuditStatus.Warnings, language)}: <b>{warnings}</b></span>; ");
            w.Write($"<span class=\"failed\">{AuditWords.Status(AuditStatus.Failed, language)}: <b>{result.Failed}</b></span>; ");
            w.Write($"{W("Audit.Years")}: {E(years)}</p>");
            w.Write(AuditCharts.Bars(
            [
                (AuditWords.Status(AuditStatus.Passed, language), result.Passed, "#2ca02c"),
                (AuditWords.Status(AuditStatus.Warnings, language), warnings, "#ff7f0e"),
                (AuditWords.Status(AuditStatus.Failed, language), result.Failed, "#d62728"),
            ]));
            w.Write("</section>");
        }

        private void Rules()
        {
            w.Write($"<section id=\"rules\"><h2>{W("Audit.FindingsByRule")}</h2>");
            if (result.Rules.Count == 0)
            {
                w.Write($"<p>{W("Audit.NoFindings")}</p></section>");
                return;
            }

            var colours = new Dictionary<Severity, string> { [Severity.Error] = "#d62728", [Severity.Warning] = "#ff7f0e", [Severity.Info] = "#7f7f7f" };
            w.Write(AuditCharts.Bars(result.Rules.Select(t => ($"{t.RuleId} {t.Title}", (decimal)t.Findings, colours[t.Severity])).ToArray()));
            w.Write($"<table><tr><th>{W("Audit.Rule")}</th><th>{W("Audit.Severity")}</th><th>{W("Audit.Title")}</th><th>{W("Audit.FindingCount")}</th><th>{W("Audit.ReportCount")}</th></tr>");
            foreach (var tally in result.Rules)
            {
                var severity = tally.Severity.ToString().ToLowerInvariant();
                w.Write($"<tr><td>{E(tally.RuleId)}</td><td class=\"{severity}\">{AuditWords.Severity(tally.Severity, language)}</td><td>{E(tally.Title)}</td><td class=\"n\">{tally.Findings}</td><td class=\"n\">{tally.Reports}</td></tr>");
            }

            w.Write("</table></section>");
        }

        private void Table()
        {
            w.Write($"<section id=\"agencies\"><h2>{W("Audit.AgenciesYears")}</h2><table><tr><th>{W("Audit.Agency")}</th>");
            foreach (var year in result.Years)
            {
                w.Write($"<th>{year}</th>");
            }

            w.Write("</tr>");
            foreach (var agency in result.Reports.GroupBy(r => r.AgencyKey).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                var latest = agency.OrderByDescending(r => r.Year).First();
                w.Write($"<tr><td>{E(latest.Agency)}</td>");
                foreach (var year in result.Years)
                {
                    w.Write("<td>");
                    foreach (var report in agency.Where(r => r.Year == year))
                    {
                        var status = AuditWords.StatusName(report.Status);
                        w.Write($"<a class=\"{status}\" href=\"#r{report.Index}\">{AuditWords.Status(report.Status, language)}</a> ");
                    }

                    w.Write("</td>");
                }

                w.Write("</tr>");
            }

            w.Write("</table></section>");
        }

        private void Trends()
        {
            w.Write($"<section id=\"trends\"><h2>{W("Audit.TrendsOverTheYears")}</h2><div class=\"charts\">");
            var years = result.Trends.Select(t => t.Year).ToArray();
            (string, decimal[]) Series(string id)
            {
                var f = KeyFigure.All.Select((k, i) => (k, i)).First(x => x.k.Id == id);
                return (f.k.LabelIn(language), result.Trends.Select(t => t.Totals[f.i]).ToArray());
            }

            void Figure(string caption, string svg) => w.Write($"<figure><figcaption>{caption}</figcaption>{svg}</figure>");

            Figure(W("Audit.ApplicationsReceived"), AuditCharts.Lines(years, [Series("received")]));
            Figure(W("Audit.OutcomeMix"), AuditCharts.Shares(years,
                new[] { "disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling" }.Select(Series).ToArray()));
            Figure(W("Audit.ReviewsAndLitigation"), AuditCharts.Lines(years, [Series("administrativeReview"), Series("litigation")]));
            Figure(W("Audit.LicensingAndPunishmentDecisions"), AuditCharts.Lines(years, [Series("licensing"), Series("punishment")]));
            w.Write("</div></section>");
        }

        private void Distributions()
        {
            w.Write($"<section id=\"distributions\"><h2>{W("Audit.SpreadAcrossAgencies")}</h2>");
            w.Write($"<p>{W("Audit.BoxLegend")}</p>");
            foreach (var year in result.Distributions.GroupBy(d => d.Year))
            {
                w.Write($"<h3>{year.Key}</h3><table><tr><th>{W("Audit.KeyFigure")}</th><th>{W("Audit.ReportCount")}</th><th>{W("Audit.Min")}</th><th>P25</th><th>P50</th><th>P75</th><th>{W("Audit.Max")}</th><th>{W("Audit.Spread")}</th><th>{W("Audit.Outliers")}</th></tr>");
                foreach (var d in year)
                {
                    var outliers = d.Outliers.Select(i => result.Reports[i]).ToArray();
                    var dots = outliers.Select(r => (d.Figure.ValueOf(r.Report), r.Agency)).ToArray();
                    w.Write($"<tr><td>{E(d.Figure.LabelIn(language))}</td><td class=\"n\">{d.Count}</td><td class=\"n\">{N(d.Minimum)}</td><td class=\"n\">{N(d.P25)}</td><td class=\"n\">{N(d.P50)}</td><td class=\"n\">{N(d.P75)}</td><td class=\"n\">{N(d.Maximum)}</td>");
                    w.Write($"<td>{AuditCharts.Box(d, dots)}</td><td>");
                    w.Write(string.Join(W("Audit.ListSeparator"), outliers.Take(10).Select(r => $"<a href=\"#r{r.Index}\">{E(r.Agency)}{W("Audit.Open")}{N(d.Figure.ValueOf(r.Report))}{W("Audit.Close")}</a>")));
                    if (outliers.Length > 10)
                    {
                        w.Write(catalog.Format("Audit.MoreOutliers", outliers.Length, outliers.Length - 10));
                    }

                    w.Write("</td></tr>");
                }

                w.Write("</table>");
            }

            w.Write("</section>");
        }

        private void Patterns()
        {
            w.Write($"<section id=\"patterns\"><h2>{W("Audit.SuspiciousPatterns")}</h2>");
            var any = false;
            foreach (var rule in Suspicious.OrderBy(id => id, System.StringComparer.Ordinal))
            {
                var hits = result.Reports.SelectMany(r => r.Findings.Where(f => f.RuleId == rule).Select(f => (Report: r, Finding: f))).ToArray();
                if (hits.Length == 0)
                {
                    continue;
                }

                any = true;
                w.Write($"<h3>{E(rule)} {E(RuleCatalog.Find(rule)!.TitleIn(language))}（{hits.Length}）</h3><ul>");
                foreach (var (report, finding) in hits)
                {
                    w.Write($"<li>{Link(report)}：{E(finding.Message)}</li>");
                }

                w.Write("</ul>");
            }

            if (!any)
            {
                w.Write($"<p>{W("Audit.NoSuspiciousPatternFound")}</p>");
            }

            w.Write("</section>");
        }

        private void Reports()
        {
            w.Write($"<section id=\"reports\"><h2>{W("Audit.FindingsOfEachReport")}</h2>");
            foreach (var report in result.Reports)
            {
                var status = AuditWords.StatusName(report.Status);
                w.Write($"<section class=\"report\" id=\"r{report.Index}\"><h3>{Name(report)} <span class=\"{status}\">{AuditWords.Status(report.Status, language)}</span></h3>");
                if (sources is not null && report.Index < sources.Count)
                {
                    w.Write($"<p>{W("Audit.Source")}: {E(sources[report.Index])}</p>");
                }

                if (report.Findings.Count == 0)
                {
                    w.Write($"<p>{W("Audit.NoFindings")}</p></section>");
                    continue;
                }

                w.Write("<ul>");
                foreach (var finding in report.Findings)
                {
                    var severity = finding.Severity.ToString().ToLowerInvariant();
                    w.Write($"<li><span class=\"{severity}\">{AuditWords.Severity(finding.Severity, language)}</span> {E(finding.RuleId)} <code>{E(finding.Path)}</code> {E(finding.Message)}</li>");
                }

                w.Write("</ul></section>");
            }

            w.Write("</section>");
        }
    }
}
