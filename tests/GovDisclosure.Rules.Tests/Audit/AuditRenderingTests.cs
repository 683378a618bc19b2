using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Rules.Tests.Audit;

/// <summary>The JSON, CSV and page renderings of an audit read back to the same data.</summary>
public class AuditRenderingTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ReportSchemas.Audit));

    private static readonly Lazy<(Jurisdiction Jurisdiction, AuditResult Result, string[] Sources)> Audited = new(() =>
    {
        var jurisdiction = ReportGenerators.Jurisdiction(12, 3).Sample(1, new Rnd(19UL), 10)[0];
        var result = ReportAudit.Run(jurisdiction.Reports, new AuditOptions { Renames = jurisdiction.Renames });
        return (jurisdiction, result, jurisdiction.Reports.Select((_, i) => $"reports/{i},\"报告\".json").ToArray());
    });

    /// <summary>Every cell's value in a report, as the renderings write it.</summary>
    private static decimal[] Cells(AnnualReport report) => ReportForm.Cells.Select(c => c.GetValue(report)).ToArray();

    [Fact]
    public void The_JSON_is_valid_against_the_shipped_schema_and_holds_every_report_cell_and_finding()
    {
        var (_, result, sources) = Audited.Value;
        var json = AuditJson.Write(result, sources);

        using var document = JsonDocument.Parse(json);
        var evaluation = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        var reports = document.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(result.Reports.Count, reports.Length);
        foreach (var (report, element) in result.Reports.Zip(reports))
        {
            Assert.Equal(sources[report.Index], element.GetProperty("source").GetString());
            Assert.Equal(Cells(report.Report), element.GetProperty("cells").EnumerateArray().Select(v => v.GetDecimal()));
            Assert.Equal(report.Findings.Select(f => (f.RuleId, f.Path, f.Message)),
                element.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("message").GetString()!)));
            Assert.Equal(report.PreviousIndex, element.GetProperty("previousIndex").ValueKind == JsonValueKind.Null ? null : element.GetProperty("previousIndex").GetInt32());
        }

        var summary = document.RootElement.GetProperty("summary");
        Assert.Equal((result.Reports.Count, result.Passed, result.Failed), (summary.GetProperty("reports").GetInt32(), summary.GetProperty("passed").GetInt32(), summary.GetProperty("failed").GetInt32()));
        Assert.Equal(result.Distributions.Select(d => d.P50), document.RootElement.GetProperty("distributions").EnumerateArray().Select(d => d.GetProperty("p50").GetDecimal()));
        Assert.Equal(result.Rules.Select(r => (r.RuleId, r.Findings)), document.RootElement.GetProperty("rules").EnumerateArray().Select(r => (r.GetProperty("ruleId").GetString()!, r.GetProperty("findings").GetInt32())));
    }

    [Fact]
    public void The_CSV_has_a_BOM_the_Chinese_labels_and_reads_back_to_every_cell()
    {
        var (_, result, sources) = Audited.Value;
        using var stream = new MemoryStream();
        AuditCsv.Write(result, stream, sources);
        var bytes = stream.ToArray();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["序号", "来源", "机关", "年度", "结论", "错误", "警告", "提示", .. ReportForm.Cells.Select(c => c.Label)], rows[0]);
        Assert.Equal(result.Reports.Count, rows.Count - 1);
        foreach (var report in result.Reports)
        {
            var row = rows[report.Index + 1];
            Assert.Equal((report.Index.ToString(CultureInfo.InvariantCulture), sources[report.Index], report.Agency, report.Year.ToString(CultureInfo.InvariantCulture)), (row[0], row[1], row[2], row[3]));
            Assert.Equal(report.Findings.Count(f => f.Severity == Severity.Error), int.Parse(row[5], CultureInfo.InvariantCulture));
            Assert.Equal(Cells(report.Report), row.Skip(8).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Every_link_of_the_page_leads_to_an_anchor_of_the_page_and_nothing_is_fetched()
    {
        var (jurisdiction, result, sources) = Audited.Value;
        using var writer = new StringWriter();
        AuditPage.Write(result, writer, sources);
        var html = writer.ToString();

        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        var links = Regex.Matches(html, "href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(h => h != "data:,").ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.True(link.StartsWith('#') && ids.Contains(link.Substring(1)), link));
        Assert.All(result.Reports, r => Assert.Contains($"id=\"r{r.Index}\"", html, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
        Assert.All(jurisdiction.RollUpErrors, e => Assert.Contains(WebUtilityEncode(result.Reports[e.RollUp].Agency), html, StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_in_English_uses_English_words()
    {
        var (jurisdiction, _, _) = Audited.Value;
        var english = ReportAudit.Run(jurisdiction.Reports, new AuditOptions { Language = MessageLanguage.English, Renames = jurisdiction.Renames });
        using var writer = new StringWriter();
        AuditPage.Write(english, writer);

        Assert.Contains("<html lang=\"en\">", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("Suspicious patterns", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"language\": \"en\"", AuditJson.Write(english), StringComparison.Ordinal);
    }

    [Fact]
    public void The_audit_schema_ships_in_the_assembly_as_in_the_repository()
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "audit.schema.json"));

        Assert.Equal(file, ReportSchemas.Audit);
        Assert.Contains("\"GD507\"", AuditJson.Write(Audited.Value.Result), StringComparison.Ordinal);
    }

    [Fact]
    public void Renderings_refuse_null()
    {
        var result = ReportAudit.Run([]);
        Assert.Throws<ArgumentNullException>(() => AuditJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => AuditCsv.Write(result, null!));
        Assert.Throws<ArgumentNullException>(() => AuditPage.Write(result, null!));
    }

    private static string WebUtilityEncode(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
