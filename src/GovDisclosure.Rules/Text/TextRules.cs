namespace GovDisclosure.Rules.Text;

/// <summary>
/// 导入已发布文档（文本、HTML、Word、PDF）时的规则（GDT001–GDT010）。The rules of importing a published document — text,
/// HTML, Word or PDF (GDT001–GDT010).
/// </summary>
public static class TextRules
{
    /// <summary>GDT001：找不到章节标题。A section heading cannot be found.</summary>
    public static RuleDescriptor SectionNotFound { get; } = new("GDT001", Severity.Error);

    /// <summary>GDT002：找不到表格行。A table row cannot be found.</summary>
    public static RuleDescriptor RowNotFound { get; } = new("GDT002", Severity.Error);

    /// <summary>
    /// GDT003：空白或“—、-、/、无”单元格按 0 处理。A blank cell, or one reading —, -, /, 无, was taken as 0.
    /// 参数：{0} 单元格标签，{1} 单元格的样子（“空白”或““—””）。Arguments: {0} the cell's label, {1} what the cell showed ("blank" or "\"—\"").
    /// </summary>
    public static RuleDescriptor BlankTakenAsZero { get; } = new("GDT003", Severity.Warning);

    /// <summary>GDT004：表格行的数字个数不对，或不是数字。A row has the wrong number of figures, or a figure that is not a number.</summary>
    public static RuleDescriptor BadFigures { get; } = new("GDT004", Severity.Error);

    /// <summary>
    /// GDT005：表格中无法识别的非空行被跳过。A non-empty line inside a table was not understood and was skipped.
    /// 两个识别出的表格行之间连续跳过的行合为一条发现，位置是其中第一行。
    /// Lines skipped between two recognised rows make one finding, located at the first of them.
    /// 参数：{0} 第一行（过长时截断），{1} 行数。Arguments: {0} the first line (shortened when long), {1} how many lines.
    /// </summary>
    public static RuleDescriptor LineSkipped { get; } = new("GDT005", Severity.Warning);

    /// <summary>
    /// GDT006：无法从标题读出机关名称或年度，包括字节根本无法解码为文字（不是 UTF-8、UTF-16 或 GB18030）的情形。
    /// The agency name or the year cannot be read from the title — including when the bytes do not decode as text at all
    /// (neither UTF-8, UTF-16 nor GB18030). 参数：{0} 原因。Argument: {0} the reason.
    /// </summary>
    public static RuleDescriptor TitleNotRead { get; } = new("GDT006", Severity.Error);

    /// <summary>
    /// GDT007：表二是已被取代的 2019 年版式：已读取含义相同的数字，列出无法转换（按 0 处理）的每个 2021 年格式的数字。
    /// Table A is printed in the superseded 2019 layout: the figures that mean the same were read, and the finding lists
    /// each 2021 figure that could not be carried over (left 0). 参数：{0} 这些数字的标签。Argument: {0} their labels.
    /// </summary>
    public static RuleDescriptor SupersededLayout { get; } = new("GDT007", Severity.Warning);

    /// <summary>
    /// GDT008：无法读取的输入种类（旧版 .doc、扫描的 PDF、图片、不是 .docx 的压缩包等），消息说明应改交什么。
    /// The input is a kind that cannot be read (a legacy .doc, a scanned PDF, an image, an archive that is not a .docx …);
    /// the message says what to supply instead. 参数：{0} 输入的种类及应改交什么。Argument: {0} the kind, and what to supply instead.
    /// </summary>
    public static RuleDescriptor UnreadableKind { get; } = new("GDT008", Severity.Error);

    /// <summary>
    /// GDT009：文档超出导入上限（大小、解压后大小、条目数、嵌套层数、行列合并数等）。A document exceeds an import limit (size,
    /// uncompressed size, entries, nesting, rowspan/colspan …). 参数：{0} 哪个上限及其值。Argument: {0} which limit, and its value.
    /// </summary>
    public static RuleDescriptor LimitExceeded { get; } = new("GDT009", Severity.Error);

    /// <summary>
    /// GDT010：有表格的章节出现两次：只读取第一次的表格，第二次的表格未读取。每个章节只报告一次，位置是第二次的标题。
    /// A section with a table comes twice: only the first table is read, the second is not. Reported once a section, at the
    /// second heading. 参数：{0} 章节标题，{1} 第一次出现的位置。Arguments: {0} the section's heading, {1} where it first came.
    /// </summary>
    public static RuleDescriptor SectionRepeated { get; } = new("GDT010", Severity.Warning);

    /// <summary>全部 GDT 规则，按编号。Every GDT rule, by ID.</summary>
    public static System.Collections.Generic.IReadOnlyList<RuleDescriptor> All { get; } =
        [SectionNotFound, RowNotFound, BlankTakenAsZero, BadFigures, LineSkipped, TitleNotRead, SupersededLayout, UnreadableKind, LimitExceeded, SectionRepeated];
}
