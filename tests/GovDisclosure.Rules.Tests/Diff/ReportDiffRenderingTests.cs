using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using Json.Schema;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class ReportDiffRenderingTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "report-diff.schema.json"))));

    private static ReportDiff Diff(DiffOptions? options = null) => ReportComparer.Compare(DiffFixtures.Previous, DiffFixtures.Seed, options);

    /// <summary>A diff with a finding of every GD5xx rule, so that the schema sees every shape.</summary>
    private static ReportDiff EveryRule()
    {
        var previous = ReportForm.WithValue(DiffFixtures.Previous, ReportForm.FindCell("/applications/carriedForward/total")!, 1);
        previous = ReportForm.WithValue(previous, ReportForm.FindCell("/proactiveDisclosure/normativeDocuments/inForce")!, 16);
        var current = DiffFixtures.Seed with { Year = 2024, Agency = new Agency("哈尔滨市科技局"), Overview = DiffFixtures.Previous.Overview };
        current = ReportForm.WithValue(current, ReportForm.FeesAmount, 1.25m);
        return ReportComparer.Compare(previous, current);
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Real_diffs_are_valid_against_the_schema()
    {
        var every = EveryRule();
        Assert.Equal(["GD501", "GD502", "GD503", "GD504", "GD505", "GD506"], every.Findings.Select(f => f.RuleId).Distinct().OrderBy(id => id));

        AssertValid(ReportDiffJson.ToJson(every));
        AssertValid(ReportDiffJson.ToJson(Diff(), indented: false));
        AssertValid(ReportDiffJson.ToJson(ReportComparer.Compare(DiffFixtures.Seed, DiffFixtures.Seed)));
    }

    [Fact]
    public void The_schema_rejects_what_the_contract_forbids()
    {
        using var document = JsonDocument.Parse("""{"previousYear":2021,"currentYear":2022,"cells":[],"sections":[{"path":"/overview","similarity":1.5}],"findings":[]}""");
        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Json_has_the_shape_of_the_output_contract_with_Chinese_unescaped()
    {
        var json = ReportDiffJson.ToJson(EveryRule());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["previousYear", "currentYear", "cells", "sections", "findings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2024, root.GetProperty("currentYear").GetInt32());
        var fees = root.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "/proactiveDisclosure/fees/amountTenThousandYuan");
        Assert.Equal(1.25m, fees.GetProperty("delta").GetDecimal());
        Assert.Equal(JsonValueKind.Null, fees.GetProperty("relativeChange").ValueKind);
        Assert.Equal(ProseSection.All.Count, root.GetProperty("sections").GetArrayLength());
        var carry = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "GD503");
        Assert.Equal("error", carry.GetProperty("severity").GetString());
        Assert.Equal("/applications/carriedOver/total", carry.GetProperty("path").GetString());
        Assert.Equal(1, carry.GetProperty("expected").GetInt32());
        Assert.Equal(0, carry.GetProperty("actual").GetInt32());
        Assert.Contains("三、收到和处理政府信息公开申请情况", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void Markdown_groups_changes_by_table_with_arrows_then_prose_then_findings()
    {
        var markdown = ReportDiffMarkdown.Render(Diff());

        Assert.StartsWith("# 与上一年度比对：2021 年 → 2022 年\n", markdown);
        var tables = ReportForm.Tables.Select(t => markdown.IndexOf("### " + t.Title, StringComparison.Ordinal)).ToList();
        Assert.All(tables, i => Assert.True(i > 0));
        Assert.Equal(tables.OrderBy(i => i), tables);
        Assert.Contains("| 行政许可 › 本年处理决定数量 | 25 | 164 | ▲ 139（+556%） |", markdown);
        Assert.Contains("| 行政规范性文件 › 本年制发件数 | 5 | 4 | ▼ 1（−20%） |", markdown);
        Assert.Contains("| （三）不予公开 › 5.属于三类内部事务信息 › 自然人 | 0 | 1 | ▲ 1（上年为 0） |", markdown);
        Assert.Contains("| 六、其他需要报告的事项 | 96% |", markdown);
        Assert.Contains("- **GD505** 警告 `/otherMatters`：“六、其他需要报告的事项”与上一年度的相似度为 96%", markdown);
        Assert.True(markdown.IndexOf("## 数字变化", StringComparison.Ordinal) < markdown.IndexOf("## 文字相似度", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("## 文字相似度", StringComparison.Ordinal) < markdown.IndexOf("## 发现", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_in_English()
    {
        var markdown = ReportDiffMarkdown.Render(Diff(new DiffOptions { Language = MessageLanguage.English }), MessageLanguage.English);

        Assert.StartsWith("# Compared with last year: 2021 → 2022\n", markdown);
        Assert.Contains("### Proactive disclosure", markdown);
        Assert.Contains("| administrative licensing › decisions this year | 25 | 164 | ▲ 139 (+556%) |", markdown);
        Assert.Contains("| litigation without review › other outcome | 0 | 2 | ▲ 2 (from 0) |", markdown);
        Assert.Contains("- **GD506** info `/proactiveDisclosure/licensing/decisions`: Proactive disclosure › administrative licensing", markdown);
    }

    [Fact]
    public void Markdown_of_identical_reports_says_nothing_changed()
    {
        var markdown = ReportDiffMarkdown.Render(ReportComparer.Compare(DiffFixtures.Seed, DiffFixtures.Seed));

        Assert.Contains("没有变化的数字。", markdown);
        Assert.DoesNotContain("###", markdown);
        Assert.Contains("| 一、总体情况（全文） | 100% |", markdown);
    }

    [Fact]
    public void Plain_text_in_both_languages()
    {
        var chinese = ReportDiffText.Render(Diff());
        Assert.StartsWith("与上一年度比对：2021 年 → 2022 年\n\n数字变化（22）\n  二、主动公开政府信息情况\n    行政规范性文件 › 本年制发件数：5 → 4  ▼ 1（−20%）\n", chinese);
        Assert.Contains("\n文字相似度\n  引言：98.4%\n", chinese);
        Assert.Contains("\n发现（2）\n  GD506 提示 /proactiveDisclosure/licensing/decisions：", chinese);

        var english = ReportDiffText.Render(Diff(), MessageLanguage.English);
        Assert.StartsWith("Compared with last year: 2021 → 2022\n\nFigures that changed (22)\n  Proactive disclosure\n", english);
        Assert.Contains("\nFindings (2)\n  GD506 info /proactiveDisclosure/licensing/decisions: ", english);
    }
}
