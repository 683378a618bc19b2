using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// 已发布文档的一块：一段文字或表格的一行，带原文档中的位置。文本、HTML、Word 和 PDF 都先读成块，再由同一个匹配过程对照表格定义
/// 读成报告，因此各种格式有相同的版式容忍度、诊断和定位。
/// One block of a published document: a paragraph or a table row, with its place in the original document. Text, HTML,
/// Word and PDF are all read into blocks first; one matcher then reads blocks into a report against the form, so every
/// format gets the same layouts, diagnostics and locations.
/// </summary>
public sealed class ReportBlock
{
    private static readonly BlockCell[] NoCells = [];

    private ReportBlock(BlockKind kind, string text, IReadOnlyList<BlockCell> cells, SourcePlace place, string? written = null)
    {
        Kind = kind;
        Text = text;
        Written = written ?? text;
        Cells = cells;
        Place = place;
    }

    /// <summary>块的种类。The kind of block.</summary>
    public BlockKind Kind { get; }

    /// <summary>段落的文字；表格行为各单元格以制表符连接。The paragraph's text; for a table row, its cells joined by tabs.</summary>
    public string Text { get; }

    /// <summary>The block as its source wrote it: for a line of text that holds cells, the line itself (read as prose where no table is).</summary>
    internal string Written { get; }

    /// <summary>表格行的单元格；段落没有单元格。The cells of a table row; a paragraph has none.</summary>
    public IReadOnlyList<BlockCell> Cells { get; }

    /// <summary>块在原文档中的位置（表格行为其第一个单元格所在处）。Where the block stands (a row: where its first cell does).</summary>
    public SourcePlace Place { get; }

    /// <summary>
    /// 一段文字。A paragraph.
    /// </summary>
    /// <param name="text">文字。The text.</param>
    /// <param name="place">位置。The place.</param>
    /// <returns>块。The block.</returns>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static ReportBlock Paragraph(string text, SourcePlace place) =>
        new(BlockKind.Paragraph, Guard.Against.Null(text), NoCells, Guard.Against.Null(place));

    /// <summary>
    /// 表格的一行。A table row.
    /// </summary>
    /// <param name="cells">单元格，从左到右（合并单元格已展开）。The cells, left to right (merged cells resolved).</param>
    /// <param name="place">位置；null 取第一个单元格的位置。The place; null for the first cell's.</param>
    /// <returns>块。The block.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="cells"/> 为 null 或含 null。<paramref name="cells"/> is or holds null.</exception>
    /// <exception cref="System.ArgumentException">既没有单元格也没有位置。Neither a cell nor a place is given.</exception>
    public static ReportBlock TableRow(IReadOnlyList<BlockCell> cells, SourcePlace? place = null)
    {
        Guard.Against.Null(cells);
        var copy = cells.ToArray();
        if (System.Array.IndexOf(copy, null) >= 0)
        {
            throw new System.ArgumentNullException(nameof(cells), "单元格不能为 null。A cell cannot be null.");
        }

        var at = place ?? (copy.Length > 0 ? copy[0].Place : throw new System.ArgumentException("空行须给出位置。An empty row needs a place.", nameof(place)));
        return new(BlockKind.TableRow, string.Join("\t", copy.Select(c => c.Text)), copy, at);
    }

    /// <summary>A line of text that holds cells (tabs or |): a table row that remembers the line it was cut from.</summary>
    internal static ReportBlock LineOfCells(string line, IReadOnlyList<BlockCell> cells, SourcePlace place) =>
        new(BlockKind.TableRow, Joined(cells), cells, place, line);

    // Most lines of a table copied one cell a line hold one cell: its text is the row's, without a join.
    private static string Joined(IReadOnlyList<BlockCell> cells) =>
        cells.Count switch { 0 => "", 1 => cells[0].Text, _ => string.Join("\t", cells.Select(c => c.Text)) };

    /// <inheritdoc/>
    public override string ToString() => Text;
}
