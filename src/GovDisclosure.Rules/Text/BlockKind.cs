namespace GovDisclosure.Rules.Text;

/// <summary>
/// 文档块的种类。The kind of a document block.
/// </summary>
public enum BlockKind
{
    /// <summary>一段文字（标题、正文段落、标题行都是段落；是不是标题由匹配表格定义时判断）。A paragraph of text (a title, a heading or prose: which it is, matching it to the form decides).</summary>
    Paragraph,

    /// <summary>表格的一行，由单元格组成。A row of a table, made of cells.</summary>
    TableRow,
}
