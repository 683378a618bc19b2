namespace GovDisclosure.Rules.Text;

/// <summary>
/// 导入已发布文本时的规则（GDT001–GDT006）。The rules of importing published text (GDT001–GDT006).
/// </summary>
public static class TextRules
{
    /// <summary>GDT001：找不到章节标题。A section heading cannot be found.</summary>
    public static RuleDescriptor SectionNotFound { get; } = new("GDT001", Severity.Error,
        "找不到章节标题", "Section heading not found",
        "找不到章节标题“{0}”", "The section heading \"{0}\" cannot be found");

    /// <summary>GDT002：找不到表格行。A table row cannot be found.</summary>
    public static RuleDescriptor RowNotFound { get; } = new("GDT002", Severity.Error,
        "找不到表格行", "Table row not found",
        "找不到表格行“{0}”", "The table row \"{0}\" cannot be found");

    /// <summary>
    /// GDT003：空白或“—、-、/、无”单元格按 0 处理。A blank cell, or one reading —, -, /, 无, was taken as 0.
    /// 参数：{0} 单元格标签，{1} 单元格的样子（“空白”或““—””）。Arguments: {0} the cell's label, {1} what the cell showed ("blank" or "\"—\"").
    /// </summary>
    public static RuleDescriptor BlankTakenAsZero { get; } = new("GDT003", Severity.Warning,
        "空白单元格按 0 处理", "Blank cell taken as 0",
        "“{0}”为{1}，按 0 处理", "\"{0}\" is {1} and was taken as 0");

    /// <summary>GDT004：表格行的数字个数不对，或不是数字。A row has the wrong number of figures, or a figure that is not a number.</summary>
    public static RuleDescriptor BadFigures { get; } = new("GDT004", Severity.Error,
        "表格行数字有误", "Bad figures in a row",
        "表格行“{0}”：{1}", "Table row \"{0}\": {1}");

    /// <summary>
    /// GDT005：表格中无法识别的非空行被跳过。A non-empty line inside a table was not understood and was skipped.
    /// 两个识别出的表格行之间连续跳过的行合为一条发现，位置是其中第一行。
    /// Lines skipped between two recognised rows make one finding, located at the first of them.
    /// 参数：{0} 第一行（过长时截断），{1} 行数。Arguments: {0} the first line (shortened when long), {1} how many lines.
    /// </summary>
    public static RuleDescriptor LineSkipped { get; } = new("GDT005", Severity.Warning,
        "表格中的行无法识别", "Line in a table not understood",
        "表格中有 {1} 行无法识别，已跳过，第一行为“{0}”", "{1} line(s) inside a table were not understood and were skipped; the first reads \"{0}\"");

    /// <summary>
    /// GDT006：无法从标题读出机关名称或年度，包括字节根本无法解码为文字（不是 UTF-8、UTF-16 或 GB18030）的情形。
    /// The agency name or the year cannot be read from the title — including when the bytes do not decode as text at all
    /// (neither UTF-8, UTF-16 nor GB18030). 参数：{0} 原因。Argument: {0} the reason.
    /// </summary>
    public static RuleDescriptor TitleNotRead { get; } = new("GDT006", Severity.Error,
        "无法读出标题", "Title not read",
        "无法读出标题：{0}", "The title cannot be read: {0}");

    /// <summary>全部 GDT 规则，按编号。Every GDT rule, by ID.</summary>
    public static System.Collections.Generic.IReadOnlyList<RuleDescriptor> All { get; } =
        [SectionNotFound, RowNotFound, BlankTakenAsZero, BadFigures, LineSkipped, TitleNotRead];
}
