using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Diff;
using GovDisclosure.Rules.Tests.Validation;
using GovDisclosure.Rules.Validation;
using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// Every rule is linear in its text: the characters it examines (<see cref="ScanWork"/>, counted by the scanning helpers,
/// never timed) at most double when every prose member is twice as long. A quadratic rule quadruples.
/// </summary>
public class LinearWorkProperties
{
    // Pieces the prose rules look for, and the marks between them, so that random prose exercises every branch.
    private static readonly string[] Fragments =
    [
        "收到", "收", "新收", "受理", "接到", "未收到", "不予受理", "其中", "申请", "11", "十一", "十", "件", "年", "约", "后",
        "办结", "全部", "均", "率", "100%", "未", "结转", "其余", "除", "无", "没有发生", "复议", "诉讼", "未经", "确保",
        "共", "合计", "，", "。", "、", "：", " ", "\n", "政府信息公开", "工作",
    ];

    private static readonly string[] RuleIds = new ReportValidator().Rules.Select(r => r.Descriptor.Id).ToArray();

    private static readonly Dictionary<string, ReportValidator> OneRule = RuleIds.ToDictionary(
        id => id, id => new ReportValidator(new ValidationOptions { Today = Validate.Today, DisabledRules = RuleIds.Where(other => other != id).ToArray() }));

    public static TheoryData<string> Rules => new(RuleIds);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Doubling_every_prose_member_at_most_doubles_a_rules_work(string ruleId) =>
        Prop.ForAll(Gen.Elements(Fragments).NonEmptyListOf().Select(f => string.Concat(f)).ToArbitrary(), unit =>
        {
            var times = (4096 / unit.Length) + 1;
            var single = Work(ruleId, Repeat(unit, times));
            var twice = Work(ruleId, Repeat(unit, 2 * times));
            Assert.True(AtMostDoubled(single, twice), $"{ruleId}: {single} characters for {unit.Length * times}, {twice} for twice as long; unit \"{unit}\"");
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// The inputs of the issue: one phrase repeated with no full stop, each the worst case of a former scan (every
    /// statement passed over, so that the scan goes on to the end). The scans before issue 22 examined four times as many
    /// characters for twice the text on all of them but 全部办结率 and 确保未发生诉讼.
    /// </summary>
    [Theory]
    [InlineData("收到")]
    [InlineData("未收到")]
    [InlineData("收到1件")]
    [InlineData("收到十十十十十十")]
    [InlineData("其中收到")]
    [InlineData("办结")]
    [InlineData("其余全部办结")]
    [InlineData("全部办结率")]
    [InlineData("其余无复议，")]
    [InlineData("确保未发生诉讼，")]
    public void A_repeated_phrase_costs_every_rule_together_work_linear_in_its_length(string phrase)
    {
        var times = 16384 / phrase.Length;
        var single = Work(null, Repeat(phrase, times));
        var twice = Work(null, Repeat(phrase, 2 * times));
        Assert.True(AtMostDoubled(single, twice), $"{single} characters for {phrase.Length * times}, {twice} for twice as long");
    }

    /// <summary>
    /// The issue's own case: 收到 repeated to 1,048,576 characters, which took 92 seconds. Each verb reads at most the
    /// <see cref="ProsePhrases.MaxDistance"/> characters after it, so the work is bounded by a fixed number of characters
    /// examined per character of text, whatever its length.
    /// </summary>
    [Fact]
    public void A_megabyte_of_one_verb_is_read_in_a_few_passes()
    {
        var text = Repeat("收到", 1 << 19);
        var work = Work(null, text);
        Assert.True(work <= 64L * text.Length * 8, $"{work} characters examined for {text.Length} characters in each of 8 members");
    }

    // Linear work is a·n + b; the ends of a text (a window cut short, a last sentence) make b slightly negative, hence
    // the 5 % allowance. Quadratic work would come out four times as large.
    private static bool AtMostDoubled(long single, long twice) => twice <= (2 * single) + (single / 20);

    private static long Work(string? ruleId, string text)
    {
        var report = Validate.With(Validate.With(DiffFixtures.Seed, CarriedForward, 1), Review, 1);
        var previous = DiffFixtures.Previous;
        report = WithProse(report, text);
        previous = WithProse(previous, text.Length > 1 ? text.Substring(1) + text[0] : text);
        var validator = ruleId is null ? Validate.Chinese : OneRule[ruleId];
        var before = ScanWork.Characters;
        validator.Validate(report, previous);
        return ScanWork.Characters - before;
    }

    private static AnnualReport WithProse(AnnualReport report, string text) => report with
    {
        Overview = new Overview
        {
            Summary = text, ProactiveDisclosure = text, RequestedDisclosure = text, InformationManagement = text, PlatformBuilding = text, Oversight = text,
        },
        ProblemsAndImprovements = text,
        OtherMatters = text,
    };

    private static string CarriedForward => TableTotals.Of(ReportForm.CarriedForward).Pointer;

    private static string Review => TableTotals.Of(ReportForm.ReviewsAndLitigationTable.Rows[0]).Pointer;

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
}
