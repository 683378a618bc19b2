using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// 一次检查的上下文：被检查的报告、上一年度的报告（如有）、消息语言、“今天”，以及报告发现的方法。
/// The context of one check: the report, last year's report (if given), the message language, "today", and the way to
/// report findings.
/// </summary>
/// <remarks>
/// 上下文只在 <see cref="ReportRule.Check"/> 调用期间有效，不要保存它。验证器在每个线程上重用同一个上下文，
/// 因此校验一份没有问题的报告不分配内存。
/// The context is valid only during <see cref="ReportRule.Check"/>; do not keep it. The validator reuses one context per
/// thread, so that validating a report with no finding allocates nothing.
/// </remarks>
public sealed class RuleContext
{
    private AnnualReport? report;
    private DateTime? today;
    private RuleDescriptor? rule;
    private List<Finding>? findings;
    private long[]? counts;
    private long[]? previousCounts;
    private bool countsRead;

    // The last message Format made and its arguments: a finding reported with that very message keeps them.
    private string? formatted;
    private object?[]? formattedArguments;

    internal RuleContext()
    {
    }

    /// <summary>被检查的报告。The report being checked.</summary>
    public AnnualReport Report => report ?? throw Expired();

    /// <summary>上一年度的报告；调用方没有给出时为 null。Last year's report, or null when the caller gave none.</summary>
    public AnnualReport? Previous { get; private set; }

    /// <summary>消息语言。The language of messages.</summary>
    public MessageLanguage Language { get; private set; }

    /// <summary>
    /// “今天”：选项中注入的日期，否则为校验时的 <see cref="DateTime.Today"/>。
    /// "Today": the date injected through the options, otherwise <see cref="DateTime.Today"/> at the time of validation.
    /// </summary>
    public DateTime Today => today ?? DateTime.Today;

    /// <summary>正在检查的规则。The rule being checked.</summary>
    public RuleDescriptor Rule => rule ?? throw Expired();

    /// <summary>该规则此次生效的严重程度（已应用选项中的覆盖）。The rule's severity in effect (after the options' overrides).</summary>
    public Severity Severity { get; private set; }

    /// <summary>
    /// 报告一条发现；编号和严重程度取自正在检查的规则。Reports a finding; its ID and severity are those of the rule being checked.
    /// </summary>
    /// <param name="path">主位置的 JSON Pointer。The JSON Pointer of the primary place.</param>
    /// <param name="message">
    /// 已按 <see cref="Language"/> 写好的说明；由 <see cref="Format"/> 写成的说明，发现会记下其键和参数（<see cref="Finding.Arguments"/>）。
    /// The message, in <see cref="Language"/>; when <see cref="Format"/> made it, the finding keeps its key and arguments
    /// (<see cref="Finding.Arguments"/>).
    /// </param>
    /// <param name="related">规则读取的其他位置。The other places the rule read.</param>
    /// <param name="expected">期望值（如适用）。The expected value, where it means something.</param>
    /// <param name="actual">实际值（如适用）。The actual value, where it means something.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> 或 <paramref name="message"/> 为 null。</exception>
    public void ReportFinding(string path, string message, IReadOnlyList<string>? related = null, decimal? expected = null, decimal? actual = null)
    {
        Guard.Against.Null(path);
        Guard.Against.Null(message);
        var finding = new Finding(Rule.Id, Severity, message, path, related, expected, actual);
        if (ReferenceEquals(message, formatted))
        {
            finding = finding.WithArguments(Rule.Id, formattedArguments!);
        }

        (findings ??= []).Add(finding);
    }

    /// <summary>Reports a finding another part made for the rule being checked, at the rule's severity in effect, keeping its wording's key and arguments.</summary>
    internal void ReportMade(Finding finding) =>
        (findings ??= []).Add(finding.Severity == Severity ? finding : finding.WithSeverity(Severity));

    /// <summary>
    /// 按 <see cref="Language"/> 填写正在检查的规则的消息模板。Fills in the rule's message template in <see cref="Language"/>.
    /// </summary>
    /// <param name="arguments">
    /// 模板参数：尽量与语言无关（数字、单元格 <see cref="FormCell"/>、<see cref="MessagePart"/>），由 <see cref="Language"/> 的目录填写。
    /// The template's arguments, language-neutral where possible (numbers, a <see cref="FormCell"/>, a <see cref="MessagePart"/>),
    /// worded by <see cref="Language"/>'s catalogue.
    /// </param>
    /// <returns>消息。The message.</returns>
    public string Format(params object?[] arguments)
    {
        formatted = Rule.Format(Language, arguments);
        formattedArguments = arguments;
        return formatted;
    }

    /// <summary>单元格在 <see cref="Language"/> 中的完整标签。A cell's full label in <see cref="Language"/>.</summary>
    /// <param name="cell">单元格。The cell.</param>
    /// <returns>标签。The label.</returns>
    public string Label(FormCell cell) => MessageCatalog.For(Language).Pick(Guard.Against.Null(cell).Label, cell.EnglishLabel);

    /// <summary>文字成员在 <see cref="Language"/> 中的标签。A text member's label in <see cref="Language"/>.</summary>
    /// <param name="text">文字成员。The text member.</param>
    /// <returns>标签。The label.</returns>
    public string Label(FormText text) => MessageCatalog.For(Language).Pick(Guard.Against.Null(text).Label, text.EnglishLabel);

    /// <summary>The findings reported so far in this validation (null when none), for a rule that builds on others' (GD601).</summary>
    internal IReadOnlyList<Finding>? Findings => findings;

    /// <summary>The year-over-year thresholds of the validator's options, in its language.</summary>
    internal Diff.DiffOptions YearOverYear { get; private set; } = Diff.DiffOptions.Default;

    /// <summary>
    /// Every count cell of the report by <see cref="FormCell.Index"/>, read once per validation on first use: the sum
    /// rules then add array slots instead of walking the model through a delegate per cell.
    /// </summary>
    internal long[] Counts
    {
        get
        {
            counts ??= new long[ReportForm.Cells.Count];
            if (!countsRead)
            {
                ReportForm.ReadCounts(Report, counts);
                countsRead = true;
            }

            return counts;
        }
    }

    /// <summary>
    /// Whether both reports' figures are in the reader's range; if not, adds their GDJ006 findings (those of last year's
    /// report say so) and the rules are not to run.
    /// </summary>
    internal bool FiguresInRange()
    {
        var current = Counts;
        var previous = Previous;
        if (previous is not null)
        {
            ReportForm.ReadCounts(previous, previousCounts ??= new long[ReportForm.Cells.Count]);
        }

        var currentInRange = ModelCheck.InRange(Report, current);
        var previousInRange = previous is null || ModelCheck.InRange(previous, previousCounts!);
        if (currentInRange && previousInRange)
        {
            return true;
        }

        findings ??= [];
        if (!currentInRange)
        {
            ModelCheck.AddOutOfRange(Report, current, Language, null, findings);
        }

        if (!previousInRange)
        {
            ModelCheck.AddOutOfRange(previous!, previousCounts!, Language, new MessagePart("Report.LastYear"), findings);
        }

        return false;
    }

    /// <summary>Reports that the rule being checked threw: an Error under its ID, at the document root.</summary>
    internal void ReportFailure(Exception exception)
    {
        object?[] arguments = [Rule.Id, Rule, exception.GetType().FullName, exception.Message];
        const string Key = "Rule.Failed";
        var message = MessageCatalog.For(Language).Format(Key, arguments);
        (findings ??= []).Add(new Finding(Rule.Id, Severity.Error, message, "").WithArguments(Key, arguments));
    }

    /// <summary>Prepares the context for one validation.</summary>
    internal void Begin(AnnualReport checkedReport, AnnualReport? previous, MessageLanguage language, DateTime? injectedToday, Diff.DiffOptions yearOverYear)
    {
        YearOverYear = yearOverYear;
        report = checkedReport;
        Previous = previous;
        Language = language;
        today = injectedToday;
        countsRead = false;
    }

    /// <summary>Switches the context to the next rule.</summary>
    internal void Enter(RuleDescriptor descriptor, Severity severity)
    {
        rule = descriptor;
        Severity = severity;
    }

    /// <summary>Hands over the findings collected (null when there is none) and forgets everything, ready for reuse.</summary>
    internal List<Finding>? End()
    {
        var collected = findings;
        findings = null;
        report = null;
        Previous = null;
        rule = null;
        today = null;
        formatted = null;
        formattedArguments = null;
        countsRead = false;
        return collected;
    }

    private static InvalidOperationException Expired() =>
        new("上下文只在规则检查期间有效。The context is valid only while a rule is being checked.");
}
