using System;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 报告中的一个文字成员：机关信息、引言或某一章节（小节）的文字。One text member of the report: agency details, the preamble or the prose of a section.
/// </summary>
public sealed class FormText : IWorded
{
    private readonly Func<AnnualReport, string?> get;

    internal FormText(int index, string pointer, string label, string englishLabel, bool required, bool isProse, Func<AnnualReport, string?> get)
    {
        Index = index;
        Pointer = pointer;
        JsonName = pointer.Substring(pointer.LastIndexOf('/') + 1);
        Label = label;
        EnglishLabel = englishLabel;
        IsRequired = required;
        IsProse = isProse;
        this.get = get;
    }

    /// <summary>在全部文字成员中的位置（文档顺序）。The position among all text members, in document order.</summary>
    public int Index { get; }

    /// <summary>JSON Pointer，如 <c>/overview/summary</c>。The JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>JSON 成员名。The JSON member name.</summary>
    public string JsonName { get; }

    /// <summary>中文标签，如“一、总体情况 › （一）主动公开情况”。The Chinese label.</summary>
    public string Label { get; }

    /// <summary>英文标签。The English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>JSON 中是否必须出现。Whether the JSON member is required.</summary>
    public bool IsRequired { get; }

    /// <summary>是否为正文文字（而非机关名称、地址等）。Whether it is prose (as opposed to agency details).</summary>
    public bool IsProse { get; }

    /// <summary>读取文字；可选成员缺省时为 null。Reads the text; null where an optional member is absent.</summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>文字或 null。The text or null.</returns>
    public string? GetText(AnnualReport report)
    {
        Guard.Against.Null(report);
        return get(report);
    }

    internal string? Text(AnnualReport report) => get(report);

    /// <inheritdoc/>
    public override string ToString() => Pointer;

    /// <summary>A text member as a message argument: its label.</summary>
    string IWorded.In(MessageCatalog catalog) => catalog.Pick(Label, EnglishLabel);
}
