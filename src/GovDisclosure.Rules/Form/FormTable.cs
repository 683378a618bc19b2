using System.Collections.Generic;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 报告中的一张表：表二（主动公开）、表三（申请）或表四（复议诉讼）。One of the report's tables A, B and C.
/// </summary>
public sealed class FormTable
{
    private FormRow[] rows = [];

    internal FormTable(FormSection section, string englishHeading)
    {
        Section = section;
        EnglishHeading = englishHeading;
    }

    /// <summary>表格所在的章节。The section that holds the table.</summary>
    public FormSection Section { get; }

    /// <summary>JSON 成员名，如 <c>applications</c>。The JSON member name.</summary>
    public string JsonName => Section.JsonName;

    /// <summary>JSON Pointer，如 <c>/applications</c>。The JSON Pointer.</summary>
    public string Pointer => Section.Pointer;

    /// <summary>带序号的中文标题，如“三、收到和处理政府信息公开申请情况”。The numbered Chinese title.</summary>
    public string Title => Section.Title;

    /// <summary>英文标题。The English heading.</summary>
    public string EnglishHeading { get; }

    /// <summary>各行，按表格顺序。The rows, in the order of the form.</summary>
    public IReadOnlyList<FormRow> Rows => rows;

    internal void SetRows(FormRow[] tableRows) => rows = tableRows;

    /// <inheritdoc/>
    public override string ToString() => Pointer;
}
