using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovDisclosure.Rules.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>
/// The renderings of a comparison where there is nothing to show, where a finding is an error, and where a message
/// breaks a line: each rendering says so in its own words and keeps one finding on one line.
/// </summary>
public class ReportDiffRenderingEdgeTests
{
    /// <summary>Last year's report against this year's with no finding: nothing repeats and no change is sharp.</summary>
    private static ReportDiff Quiet() =>
        ReportComparer.Compare(DiffFixtures.Previous, DiffFixtures.Seed, new DiffOptions { SimilarityThreshold = 1, SharpChangeMinimum = 1_000 });

    /// <summary>A year that does not follow (an error) and an agency name that breaks a line (a warning).</summary>
    private static ReportDiff Broken() =>
        ReportComparer.Compare(DiffFixtures.Previous, DiffFixtures.Seed with { Year = 2023, Agency = new Agency("哈尔滨市\r\n科技局") },
            new DiffOptions { SimilarityThreshold = 1, SharpChangeMinimum = 1_000 });

    [Fact]
    public void Without_findings_both_renderings_say_so_in_both_languages()
    {
        var diff = Quiet();
        Assert.Empty(diff.Findings);

        Assert.EndsWith("\n## 发现\n\n没有发现。\n", ReportDiffMarkdown.Render(diff));
        Assert.EndsWith("\n## Findings\n\nNo findings.\n", ReportDiffMarkdown.Render(diff, MessageLanguage.English));
        Assert.EndsWith("\n发现（0）\n  没有发现。\n", ReportDiffText.Render(diff));
        Assert.EndsWith("\nFindings (0)\n  No findings.\n", ReportDiffText.Render(diff, MessageLanguage.English));
    }

    [Fact]
    public void Without_changed_figures_the_plain_text_says_so_in_both_languages()
    {
        var same = ReportComparer.Compare(DiffFixtures.Seed, DiffFixtures.Seed);

        Assert.Contains("\n\n数字变化（0）\n  没有变化的数字。\n\n文字相似度\n", ReportDiffText.Render(same));
        Assert.Contains("\n\nFigures that changed (0)\n  No figure changed.\n\nSimilarity of the prose\n", ReportDiffText.Render(same, MessageLanguage.English));
        Assert.Contains("## Figures that changed\n\nNo figure changed.\n\n## Similarity of the prose\n", ReportDiffMarkdown.Render(same, MessageLanguage.English));
    }

    [Fact]
    public void An_error_is_named_as_one_and_a_message_that_breaks_a_line_stays_on_one()
    {
        var diff = Broken();

        var markdown = ReportDiffMarkdown.Render(diff);
        Assert.Contains("\n- **GD501** 错误 `/year`：本年度 2023 不是上一年度 2021 的次年（应为 2022）\n", markdown);
        Assert.Contains("\n- **GD502** 警告 `/agency/name`：机关名称“哈尔滨市 科技局”与上一年度的“哈尔滨市科学技术局”不同\n", markdown);

        var english = ReportDiffMarkdown.Render(diff, MessageLanguage.English);
        Assert.Contains("\n- **GD501** error `/year`: ", english);
        Assert.Contains("\n- **GD502** warning `/agency/name`: ", english);

        var text = ReportDiffText.Render(diff);
        Assert.Contains("\n发现（2）\n  GD501 错误 /year：本年度 2023 不是上一年度 2021 的次年（应为 2022）\n  GD502 警告 /agency/name：机关名称“哈尔滨市 科技局”", text);
        Assert.Equal(2, text.Split('\n').Count(line => line.StartsWith("  GD50", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void The_markdown_table_of_prose_lists_every_section_with_its_similarity_in_English()
    {
        var diff = Quiet();

        var markdown = ReportDiffMarkdown.Render(diff, MessageLanguage.English);

        Assert.Contains("## Similarity of the prose\n\n| Item | Similarity |\n|---|---:|\n", markdown);
        Assert.Contains("| other matters | 96% |\n", markdown);
        Assert.Contains("| Item | 2021 | 2022 | Change |\n|---|---:|---:|---|\n", markdown);
        Assert.Contains("| normative documents › issued this year | 5 | 4 | ▼ 1 (−20%) |", markdown);
    }

    [Fact]
    public void Json_written_compactly_to_a_stream_has_relative_changes_similarities_and_no_places()
    {
        var diff = Broken();

        var compact = ReportDiffJson.ToJson(diff, indented: false);
        using var document = JsonDocument.Parse(compact);
        var root = document.RootElement;

        Assert.DoesNotContain("\n", compact);
        Assert.Equal(2021, root.GetProperty("previousYear").GetInt32());
        var licensing = root.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("path").GetString() == "/proactiveDisclosure/licensing/decisions");
        Assert.Equal(5.56, licensing.GetProperty("relativeChange").GetDouble(), 10);
        Assert.Equal((25, 164), (licensing.GetProperty("previous").GetInt32(), licensing.GetProperty("current").GetInt32()));
        Assert.Equal("二、主动公开政府信息情况 › 行政许可 › 本年处理决定数量", licensing.GetProperty("label").GetString());
        var other = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("path").GetString() == "/otherMatters");
        Assert.Equal(0.96, other.GetProperty("similarity").GetDouble(), 10);
        var year = root.GetProperty("findings").EnumerateArray().First();
        Assert.Equal(["ruleId", "severity", "message", "path", "related", "expected", "actual"], year.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, year.GetProperty("related").ValueKind);
    }

    [Fact]
    public void The_Chinese_markdown_has_its_table_headings_and_a_blank_line_after_each_table()
    {
        var markdown = ReportDiffMarkdown.Render(Quiet());

        Assert.Contains("\n\n### 二、主动公开政府信息情况\n\n| 项目 | 2021 年 | 2022 年 | 变化 |\n|---|---:|---:|---|\n", markdown);
        Assert.Contains(" |\n\n### 三、收到和处理政府信息公开申请情况\n\n", markdown);
        Assert.Contains(" |\n\n## 文字相似度\n\n| 项目 | 相似度 |\n|---|---:|\n| 引言 | ", markdown);
    }

    [Fact]
    public void Bad_calls_throw()
    {
        var diff = Quiet();
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        Assert.Throws<ArgumentNullException>(() => ReportDiffJson.Write((Utf8JsonWriter)null!, diff));
        Assert.Throws<ArgumentNullException>(() => ReportDiffJson.Write(writer, null!));
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => ReportDiffJson.Write((Stream)null!, diff)).ParamName);
        Assert.Equal("diff", Assert.Throws<ArgumentNullException>(() => ReportDiffJson.Write(stream, null!)).ParamName);
        Assert.Throws<ArgumentNullException>(() => ReportDiffJson.ToJson(null!));
        Assert.Throws<ArgumentNullException>(() => ReportDiffMarkdown.Render(null!));
        Assert.Throws<ArgumentNullException>(() => ReportDiffText.Render(null!));
        Assert.Equal(0, stream.Length);
    }
}
