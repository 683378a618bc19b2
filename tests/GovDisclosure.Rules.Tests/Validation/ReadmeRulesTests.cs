using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Validation.Prose;
using Xunit;
using P = GovDisclosure.Rules.Validation.Prose.ProsePhrases;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// The rule catalogue docs/rules.md — its table, each rule's messages and the phrases the prose rules recognise, between
/// &lt;!-- rules:begin --&gt; and &lt;!-- rules:end --&gt; — is generated from <see cref="RuleCatalog.All"/> and
/// <see cref="ProsePhrases"/>. To rewrite it, run the tests with UPDATE_README=1 (or UPDATE_DOCS=1) and commit docs/rules.md.
/// The README links to it.
/// </summary>
public class ReadmeRulesTests
{
    private const string Catalogue = "docs/rules.md";

    [Fact]
    public void The_rule_catalogue_and_phrases_are_those_of_the_code() =>
        GeneratedSections.AssertUpToDate(Catalogue, "rules", Section());

    [Fact]
    public void The_table_lists_every_rule_once_with_its_titles()
    {
        var rows = Section().Split('\n').Where(l => l.StartsWith("| GD", StringComparison.Ordinal)).ToArray();
        Assert.Equal(RuleCatalog.All.Select(r => $"| {r.Id} | {Severity(r)} | {r.Title} | {r.EnglishTitle} |"), rows);
    }

    [Fact]
    public void The_README_points_to_the_catalogue()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        Assert.Contains("/docs/rules.md)", readme, StringComparison.Ordinal);
    }

    internal static string Section()
    {
        var text = new StringBuilder("\n## 规则 · Rules\n\n");
        text.Append("下表由 `RuleCatalog.All` 生成，与代码不一致时测试失败（以 `UPDATE_README=1` 运行测试即重写本节）。\n");
        text.Append("Generated from `RuleCatalog.All`; a test fails when the two disagree (run the tests with `UPDATE_README=1` to rewrite this section).\n\n");
        text.Append("编号前缀：GDJ 读取 JSON，GDT 导入文本，GD0xx–GD4xx 单份报告，GD5xx 与上年比对，GDA 汇总。");
        text.Append("级别为默认值，可由 `ValidationOptions.SeverityOverrides` 改变。\n");
        text.Append("Prefixes: GDJ reading JSON, GDT importing text, GD0xx–GD4xx one report, GD5xx against last year, GDA roll-up. ");
        text.Append("Severities are the defaults; `ValidationOptions.SeverityOverrides` changes them.\n\n");
        text.Append("| 编号 ID | 级别 severity | 标题 | title |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            text.Append($"| {rule.Id} | {Severity(rule)} | {rule.Title} | {rule.EnglishTitle} |\n");
        }

        text.Append("\n### 消息 · Messages\n\n");
        text.Append("`{0}`、`{1}` … 处填入发现的具体内容（单元格标签、数字等）。`{0}`, `{1}` … are filled in with the finding's particulars (cell labels, figures …).\n\n");
        foreach (var rule in RuleCatalog.All)
        {
            // The anchor is what SARIF's helpUri points to.
            text.Append($"- <a id=\"{rule.Id.ToLowerInvariant()}\"></a>**{rule.Id}** {rule.MessageFormat}\n  {rule.EnglishMessageFormat}\n");
        }

        text.Append("\n### 文字规则识别的说法 · Phrases the prose rules recognise\n\n");
        text.Append("GD401–GD403 只读“一、总体情况”的文字：开篇段落及（一）至（五）五个小节。数字可写作半角或全角阿拉伯数字（11、１１、1,234）或中文数字（十一、一百零二、两）。");
        text.Append("每条规则只报告第一处与表格不符的说法。\n");
        text.Append("GD401–GD403 read only the prose of section 一 (overview): its lead paragraphs and sub-sections （一）–（五）. Figures may be ASCII or ");
        text.Append("full-width digits (11, １１, 1,234) or Chinese numerals (十一, 一百零二, 两). Each rule reports the first statement that disagrees with the tables.\n\n");

        text.Append($"- **GD401** 收到申请数：动词 {Words(P.ReceivedVerbs)}，其后同一分句（或以 {Words(P.TotalLeads)} 开头的下一分句）内 {P.MaxDistance} 字以内第一个不是日期（数字后接 {Chars(P.DateUnits)}）的数字，后接“{P.Piece}”，");
        text.Append($"且动词与数字之间或“{P.Piece}”之后有“{P.Application}”。如：`共收到各类政府信息公开申请11件`、`新收政府信息公开申请十一件`、`受理依申请公开事项11件`、`收到政府信息公开申请，共计11件`、`收到11件政府信息公开申请`。");
        text.Append($"不算作说法：动词前同句有 {Words(P.PartMarkers)}；数字前紧接 {Chars(P.Approximations)}（约数）；动词与数字之间有 `{P.Afterwards}`（`收到申请后……答复8件`）；数字后不是“{P.Piece}”（`11条`、`30%`）；动词前紧接 {Words(P.ReceivedNegations)}。");
        text.Append($"否定词加 {Words(P.NoneReceivedVerbs)}、同句有“{P.Application}”而无数字（`本年度未收到政府信息公开申请`）算作 0 件。所述数字等于本年新收总计或本年新收加上年结转总计即为相符。\n");
        text.Append("  Applications received: a verb, then the first figure in its clause (or in the next clause when it opens with 共/合计/总计/累计) that is not a date, followed by 件, with 申请 between the verb and the figure or after 件. ");
        text.Append("Parts (其中), approximations (约, 近, 数, 余 …), times (收到申请后) and other measures are not statements; 未收到…申请 with no figure states 0. The figure agrees when it equals received/total or received/total + carriedOver/total.\n");

        text.Append($"- **GD402** 全部办结：“{P.Concluded}”之前同一分句内有 {Words(P.AllWords)}，或“{P.Concluded}{P.Rate}”之后同一分句内有 {Words(P.FullRates)}。如：`已全部依法依规办结`、`均已办结`、`全部按时办结`、`均在法定期限内办结`、`按时办结率100%`。");
        text.Append($"分句内有 {Words(P.ConcludedNegations)} 则为否定（`尚未全部办结`）；同一段文字提到 {Words(P.CarryForwardWords)}，或同一句有 {Words(P.RemainderWords)}，即视为文字已说明例外（`1件结转下年度，其余均已办结`），不报告。\n");
        text.Append("  All concluded: 办结 with 全部/均/一律/全数 earlier in its clause, or 办结率 with 100% later in it, not negated. Not reported where the same text mentions carrying forward or the sentence speaks of the rest only.\n");

        text.Append($"- **GD403** 未发生复议诉讼：分句内的否定词 {Words(P.NoCaseNegations)}（不含 {Words(P.NotNegations)}），其后同一分句内有“{P.Review}”（指行政复议；`未经复议`、`复议后` 除外）或 {Words(P.LitigationWords)}（指行政诉讼）。");
        text.Append("如：`未发生因政府信息公开引起的行政复议、行政诉讼`、`无因政府信息公开被申请行政复议和提起行政诉讼情况`、`未被申请行政复议`。只否定所提到的一类：`未发生行政复议` 不涉及行政诉讼。");
        text.Append($"否定词之前有 {Words(P.AimWords)}（目标而非事实），或同一句有 {Words(P.RemainderWords)}，不算作说法。\n");
        text.Append("  No review or litigation: a denial followed in its clause by 复议 (review) or 诉讼/起诉 (litigation); it denies only what it names. Aims (确保, 力争 …) and statements about the rest only are not statements.\n");
        return text.ToString();
    }

    private static string Severity(RuleDescriptor rule) => rule.DefaultSeverity.ToString().ToLowerInvariant();

    private static string Words(string[] words) => string.Join("、", words.Select(w => "`" + w + "`"));

    private static string Chars(string chars) => string.Join("、", chars.Select(c => "`" + c + "`"));
}
