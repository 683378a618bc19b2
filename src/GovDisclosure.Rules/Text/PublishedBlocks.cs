using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// 把已发布文档读成的块（<see cref="ReportBlock"/>）对照表格定义读成报告：文本、HTML 和 Word 导入都经过这里，因此解释和诊断相同。
/// Reads the blocks a published document was read into (<see cref="ReportBlock"/>) into a report against the form: the
/// text, HTML and Word importers all go through here, so they share one interpretation and one set of findings.
/// </summary>
/// <remarks>
/// 段落给出标题、章节标题和正文；表格行给出表格的数字。表格的一行可以是一个表格行块（如 HTML 表格），也可以是一段以空白分隔的文字（如
/// 从 PDF 提取的文本）。发现和 <see cref="LoadResult.SourceMap"/> 中的位置都取自块和单元格的 <see cref="SourcePlace"/>。
/// Paragraphs give the title, the headings and the prose; table rows give the figures. A row of a table may come as
/// one table-row block (as an HTML table gives it) or as a paragraph of figures separated by white space (as text
/// extracted from a PDF gives it). The places of the findings and of <see cref="LoadResult.SourceMap"/> are the
/// <see cref="SourcePlace"/>s of the blocks and cells.
/// </remarks>
public static class PublishedBlocks
{
    /// <summary>
    /// 导入块。Imports blocks.
    /// </summary>
    /// <param name="blocks">文档的块，按文档顺序。The document's blocks, in document order.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>没有错误时得到报告；全部 GDT 发现都带位置。The report when there is no error; every GDT finding, with its place.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="blocks"/> 为 null 或含 null。<paramref name="blocks"/> is or holds null.</exception>
    public static LoadResult Import(IReadOnlyList<ReportBlock> blocks, TextImportOptions? options = null)
    {
        Guard.Against.Null(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is null)
            {
                throw new System.ArgumentNullException(nameof(blocks), "块不能为 null。A block cannot be null.");
            }
        }

        return BlockMatcher.Import(blocks, (options ?? TextImportOptions.Default).Language);
    }
}
