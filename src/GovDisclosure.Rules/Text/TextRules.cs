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

    /// <summary>GDT003：空白或“—、-、/、无”单元格按 0 处理。A blank cell, or one reading —, -, /, 无, was taken as 0.</summary>
    public static RuleDescriptor BlankTakenAsZero { get; } = new("GDT003", Severity.Warning,
        "空白单元格按 0 处理", "Blank cell taken as 0",
        "“{0}”中的空白或“{1}”单元格按 0 处理", "A blank or \"{1}\" cell in \"{0}\" was taken as 0");

    /// <summary>GDT004：表格行的数字个数不对，或不是数字。A row has the wrong number of figures, or a figure that is not a number.</summary>
    public static RuleDescriptor BadFigures { get; } = new("GDT004", Severity.Error,
        "表格行数字有误", "Bad figures in a row",
        "表格行“{0}”：{1}", "Table row \"{0}\": {1}");

    /// <summary>GDT005：表格中无法识别的非空行被跳过。A non-empty line inside a table was not understood and was skipped.</summary>
    public static RuleDescriptor LineSkipped { get; } = new("GDT005", Severity.Warning,
        "表格中的行无法识别", "Line in a table not understood",
        "表格中无法识别的一行已跳过：“{0}”", "A line inside a table was not understood and was skipped: \"{0}\"");

    /// <summary>GDT006：无法从标题读出机关名称或年度。The agency name or the year cannot be read from the title.</summary>
    public static RuleDescriptor TitleNotRead { get; } = new("GDT006", Severity.Error,
        "无法读出标题", "Title not read",
        "无法从标题读出{0}", "The {0} cannot be read from the title");

    /// <summary>全部 GDT 规则，按编号。Every GDT rule, by ID.</summary>
    public static System.Collections.Generic.IReadOnlyList<RuleDescriptor> All { get; } =
        [SectionNotFound, RowNotFound, BlankTakenAsZero, BadFigures, LineSkipped, TitleNotRead];
}
