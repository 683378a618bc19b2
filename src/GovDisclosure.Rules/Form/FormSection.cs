using System.Collections.Generic;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 报告正文的六个章节之一（一至六）。One of the six numbered sections of the report (一 … 六).
/// </summary>
public sealed class FormSection
{
    internal FormSection(string number, string heading, string englishHeading, string jsonName, IReadOnlyList<string> headingVariants)
    {
        Number = number;
        Heading = heading;
        EnglishHeading = englishHeading;
        JsonName = jsonName;
        Pointer = "/" + jsonName;
        HeadingVariants = headingVariants;
    }

    /// <summary>中文序号，如“三”。The Chinese ordinal, such as 三.</summary>
    public string Number { get; }

    /// <summary>格式规定的标题，不含序号，如“收到和处理政府信息公开申请情况”。The heading as the format gives it, without its ordinal.</summary>
    public string Heading { get; }

    /// <summary>带序号的标题，如“三、收到和处理政府信息公开申请情况”。The heading with its ordinal.</summary>
    public string Title => Number + "、" + Heading;

    /// <summary>英文标题。The English heading.</summary>
    public string EnglishHeading { get; }

    /// <summary>JSON 成员名。The JSON member name.</summary>
    public string JsonName { get; }

    /// <summary>JSON Pointer。The JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>实际报告中可见的其他标题写法（不含序号）。Other wordings of the heading seen in real reports (without the ordinal).</summary>
    public IReadOnlyList<string> HeadingVariants { get; }

    /// <summary>该章节的表格；文字章节为 null。The section's table, or null for a prose section.</summary>
    public FormTable? Table { get; internal set; }

    /// <inheritdoc/>
    public override string ToString() => Title;
}
