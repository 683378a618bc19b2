using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 一条带位置的发现：违反了哪条规则、在哪里、为什么。
/// One located finding: which rule, where, and why.
/// </summary>
public sealed class Finding : IEquatable<Finding>
{
    private static readonly string[] NoPointers = [];
    private static readonly object?[] NoArguments = [];

    // A place that is not a line (a Word table cell, a PDF page); null when the finding is placed by line and column only.
    private readonly SourcePlace? place;

    // The template's key and the values filled in; set once, right after construction, by Worded.
    private string? messageKey;
    private IReadOnlyList<object?> arguments = NoArguments;

    /// <summary>
    /// 新建一条发现。Creates a finding.
    /// </summary>
    /// <param name="ruleId">规则编号，如 GD203。The rule ID, such as GD203.</param>
    /// <param name="severity">严重程度。The severity.</param>
    /// <param name="message">说明（已按所选语言写好）。The message, in the chosen language.</param>
    /// <param name="path">主位置的 JSON Pointer。The JSON Pointer of the primary place.</param>
    /// <param name="related">规则读取的其他位置。The other places the rule read.</param>
    /// <param name="expected">期望值（如适用）。The expected value, where it means something.</param>
    /// <param name="actual">实际值（如适用）。The actual value, where it means something.</param>
    /// <param name="line">源文件中的行号（从 1 起，如已知）。The line in the source, from 1, where known.</param>
    /// <param name="column">源文件中的列号（从 1 起，如已知）。The column in the source, from 1, where known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/>、<paramref name="message"/> 或 <paramref name="path"/> 为 null。</exception>
    public Finding(string ruleId, Severity severity, string message, string path, IReadOnlyList<string>? related = null,
        decimal? expected = null, decimal? actual = null, int? line = null, int? column = null)
    {
        RuleId = Guard.Against.Null(ruleId);
        Severity = severity;
        Message = Guard.Against.Null(message);
        Path = Guard.Against.Null(path);
        Related = related ?? NoPointers;
        Expected = expected;
        Actual = actual;
        Line = line;
        Column = column;
    }

    /// <summary>规则编号。The rule ID.</summary>
    public string RuleId { get; }

    /// <summary>严重程度。The severity.</summary>
    public Severity Severity { get; }

    /// <summary>说明。The message.</summary>
    public string Message { get; }

    /// <summary>
    /// 消息模板在 <see cref="MessageCatalog"/> 中的键（内置规则多为规则编号）；消息不是由目录模板写成时为 null。
    /// The key of the message's template in the <see cref="MessageCatalog"/> (for a built-in rule most often the rule ID);
    /// null when the message was not made from a catalogue template.
    /// </summary>
    public string? MessageKey => messageKey;

    /// <summary>
    /// 填入模板的参数（数字、JSON Pointer、单元格编号等尽量与语言无关），宿主可据此用自己的措辞重写消息；没有键时为空。
    /// 不参与相等比较，也不写入 JSON。
    /// The values filled into the template (numbers, JSON Pointers, cell IDs … language-neutral where possible), so that a
    /// host can word the message its own way; empty when there is no key. Not part of equality, nor of the JSON.
    /// </summary>
    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>主位置的 JSON Pointer（RFC 6901）；整份文档为空字符串。The JSON Pointer of the primary place; "" for the whole document.</summary>
    public string Path { get; }

    /// <summary>规则读取的其他位置。The other places the rule read.</summary>
    public IReadOnlyList<string> Related { get; }

    /// <summary>期望值。The expected value.</summary>
    public decimal? Expected { get; }

    /// <summary>实际值。The actual value.</summary>
    public decimal? Actual { get; }

    /// <summary>行号（从 1 起）。The line, from 1.</summary>
    public int? Line { get; }

    /// <summary>列号（从 1 起）。The column, from 1.</summary>
    public int? Column { get; }

    /// <summary>
    /// 在原文档中的位置（如已知）：文本和 HTML 为行号与列号，Word 为表格、行、单元格或段落，PDF 另有页码。
    /// The place in the original document, where known: line and column for text and HTML; table, row and cell, or
    /// paragraph, for Word; with a page for a PDF.
    /// </summary>
    public SourcePlace? Place => place ?? (Line is { } line && line >= 1 ? SourcePlace.AtLine(line, Column is { } c && c >= 1 ? c : null) : null);

    /// <summary>返回一条严重程度不同的副本。Returns a copy with another severity.</summary>
    /// <param name="severity">新的严重程度。The new severity.</param>
    /// <returns>副本。The copy.</returns>
    public Finding WithSeverity(Severity severity) =>
        new Finding(RuleId, severity, Message, Path, Related, Expected, Actual, Line, Column).Placed(place).Worded(this);

    /// <summary>返回一条带源位置的副本。Returns a copy located in the source.</summary>
    /// <param name="line">行号。The line.</param>
    /// <param name="column">列号。The column.</param>
    /// <returns>副本。The copy.</returns>
    public Finding WithLocation(int? line, int? column) =>
        new Finding(RuleId, Severity, Message, Path, Related, Expected, Actual, line, column).Worded(this);

    /// <summary>
    /// 返回一条位于原文档某处的副本；行号和列号取自该位置。Returns a copy at a place of the original document; its line
    /// and column are the place's.
    /// </summary>
    /// <param name="place">位置。The place.</param>
    /// <returns>副本。The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="place"/> 为 null。<paramref name="place"/> is null.</exception>
    public Finding WithPlace(SourcePlace place)
    {
        Guard.Against.Null(place);
        return new Finding(RuleId, Severity, Message, Path, Related, Expected, Actual, place.Line, place.Column).Placed(place).Worded(this);
    }

    /// <summary>
    /// 返回一条记下消息模板键和参数的副本；<see cref="MessageCatalog.Format(Finding)"/> 以之重写消息。
    /// Returns a copy that keeps its message's template key and arguments; <see cref="MessageCatalog.Format(Finding)"/>
    /// words the message again from them.
    /// </summary>
    /// <param name="key">模板的键。The template's key.</param>
    /// <param name="values">填入模板的参数。The values filled into the template.</param>
    /// <returns>副本。The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> 或 <paramref name="values"/> 为 null。</exception>
    public Finding WithArguments(string key, IReadOnlyList<object?> values)
    {
        Guard.Against.Null(key);
        Guard.Against.Null(values);
        var copy = new Finding(RuleId, Severity, Message, Path, Related, Expected, Actual, Line, Column).Placed(place);
        copy.messageKey = key;
        copy.arguments = values.Count == 0 ? NoArguments : [.. values];
        return copy;
    }

    /// <summary>A finding worded from a catalogue key (not its rule's own template), keeping the key and arguments.</summary>
    internal static Finding Worded(MessageLanguage language, string key, string path, object?[] arguments, string ruleId, Severity severity,
        IReadOnlyList<string>? related = null, decimal? expected = null, decimal? actual = null) =>
        new Finding(ruleId, severity, MessageCatalog.For(language).Format(key, arguments), path, related, expected, actual).WithArguments(key, arguments);

    private Finding(Finding finding, SourcePlace place)
        : this(finding.RuleId, finding.Severity, finding.Message, finding.Path, finding.Related, finding.Expected, finding.Actual, finding.Line, finding.Column)
    {
        this.place = place;
        messageKey = finding.messageKey;
        arguments = finding.arguments;
    }

    // A fresh copy (not yet shared) takes the wording's key and arguments of the finding it copies.
    private Finding Worded(Finding from)
    {
        messageKey = from.messageKey;
        arguments = from.arguments;
        return this;
    }

    // Keeps a place that is not a line; one by line and column is Line and Column already.
    private Finding Placed(SourcePlace? other) => other is null || other.Line is not null && other.Page is null ? this : new Finding(this, other);

    /// <inheritdoc/>
    public bool Equals(Finding? other)
    {
        if (other is null)
        {
            return false;
        }

        if (RuleId != other.RuleId || Severity != other.Severity || Message != other.Message || Path != other.Path
            || Expected != other.Expected || Actual != other.Actual || Line != other.Line || Column != other.Column
            || !Equals(place, other.place) || Related.Count != other.Related.Count)
        {
            return false;
        }

        for (var i = 0; i < Related.Count; i++)
        {
            if (Related[i] != other.Related[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(RuleId);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Path);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Message);
            return (hash * 31) + (int)Severity;
        }
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = place is not null ? $"{Path} ({place})" : Line is null ? Path : $"{Path} ({Line}:{Column})";
        return $"{RuleId} {Severity.ToString().ToLowerInvariant()} {where}: {Message}";
    }
}
