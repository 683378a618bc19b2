using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// 表格行中的一个单元格：文字及其在原文档中的位置。合并单元格展开后，每个被覆盖的位置都是一个单元格。
/// One cell of a table row: its text and its place in the original document. A merged cell, once resolved, is a cell
/// in every grid position it covers.
/// </summary>
public sealed class BlockCell
{
    /// <summary>
    /// 新建单元格。Creates a cell.
    /// </summary>
    /// <param name="text">单元格文字（各段以换行连接）。The cell's text (its paragraphs joined by line breaks).</param>
    /// <param name="place">单元格在原文档中的位置。Where the cell stands in the original document.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public BlockCell(string text, SourcePlace place)
    {
        Text = Guard.Against.Null(text);
        Place = Guard.Against.Null(place);
    }

    /// <summary>单元格文字。The cell's text.</summary>
    public string Text { get; }

    /// <summary>单元格在原文档中的位置。Where the cell stands in the original document.</summary>
    public SourcePlace Place { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
