using System.IO;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Documents.Export;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents;

/// <summary>
/// 以网页或 Word 文档发布的报告：导入 .docx、HTML（以及 JSON 和文本），导出官方模板（.docx 和可发布的 HTML 片段）。
/// A report published as a web page or a Word document: imports .docx and HTML (and JSON and text), and exports the
/// official template as a .docx and as an HTML fragment a portal can publish.
/// </summary>
/// <remarks>
/// <para>
/// 种类由内容判断：含 word/document.xml 的 ZIP 为 Word 文档，以“%PDF-”开头的为 PDF，有 HTML 标记的为网页，以“{”开头的为 JSON，其余为文本；
/// 文件名和媒体类型只是提示。旧版 .doc、图片、RTF、其他压缩包，以及加密、损坏或没有文字层（扫描件）的 PDF 得到 GDT008
/// （<see cref="TextRules.UnreadableKind"/>），说明应改交什么。
/// The kind is recognised from the content: a ZIP holding word/document.xml is a Word document, “%PDF-” starts a PDF,
/// markup is a web page, a leading “{” is JSON, anything else is text; a file name or media type is only a hint. A
/// legacy .doc, an image, RTF, another archive, and a PDF that is encrypted, damaged or has no text layer (a scan) get
/// GDT008 (<see cref="TextRules.UnreadableKind"/>), saying what to supply instead.
/// </para>
/// <para>
/// 网页、Word 文档和 PDF 先读成块（<see cref="ReportBlock"/>），再与文本一样读成报告，因此各种格式的版式容忍度和诊断相同。每条发现和
/// <see cref="LoadResult.SourceMap"/> 都定位到原文档：网页为单元格或文字所在的行和列，Word 为“表格 2 第 5 行第 3 格”或“第 14 段”，
/// PDF 为“第 3 页 表格 2 第 5 行第 3 格”或“第 3 页 第 12 行”。
/// Web pages, Word documents and PDFs are read into blocks (<see cref="ReportBlock"/>), then into a report as text is,
/// so every format shares its layouts and diagnostics. Every finding and the <see cref="LoadResult.SourceMap"/> locate
/// into the original document: for a page, the line and column of the cell or text; for Word, “table 2, row 5, cell 3”
/// or “paragraph 14”; for a PDF, “page 3, table 2, row 5, cell 3” or “page 3, line 12”.
/// </para>
/// <para>
/// 超出 <see cref="DocumentImportOptions"/> 中任何上限（大小、解压后大小、条目数、嵌套、合并数、DTD，PDF 的页数、对象数和数据流解压后大小）
/// 的文档得到 GDT009，从不抛出异常。
/// A document beyond any limit of <see cref="DocumentImportOptions"/> (size, uncompressed size, entries, nesting,
/// spans, a DTD; a PDF's pages, objects and decompressed stream size) gets GDT009, never an exception.
/// </para>
/// </remarks>
public static class PublishedDocument
{
    /// <summary>
    /// 导入文档的字节。Imports the bytes of a document.
    /// </summary>
    /// <param name="bytes">文档内容。The document's content.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>没有错误时得到报告；全部发现都带原文档中的位置。The report when there is no error; every finding, located in the document.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="bytes"/> 为 null。<paramref name="bytes"/> is null.</exception>
    public static LoadResult Import(byte[] bytes, DocumentImportOptions? options = null)
    {
        Guard.Against.Null(bytes);
        return DocumentImporter.Import(bytes, options ?? DocumentImportOptions.Default);
    }

    /// <summary>
    /// 从流导入文档；超过大小上限的流不读到底即得到 GDT009。Imports a document from a stream; one longer than the size
    /// limit gets GDT009 without being read to its end.
    /// </summary>
    /// <param name="stream">文档流。The document's stream.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>导入结果。The result.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="stream"/> 为 null。<paramref name="stream"/> is null.</exception>
    public static LoadResult Import(Stream stream, DocumentImportOptions? options = null)
    {
        Guard.Against.Null(stream);
        return DocumentImporter.Import(stream, options ?? DocumentImportOptions.Default);
    }

    /// <summary>
    /// 把报告导出为官方模板的 Word 文档（.docx）：标题、章节标题、正文，以及带合并单元格的三张表。
    /// Exports a report as the official template's Word document (.docx): the title, the headings, the prose, and the
    /// three tables with their merged cells.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>.docx 的字节。The .docx's bytes.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    public static byte[] ExportDocx(AnnualReport report)
    {
        Guard.Against.Null(report);
        using var output = new MemoryStream();
        DocxWriter.Write(report, output);
        return output.ToArray();
    }

    /// <summary>
    /// 把报告的官方模板 Word 文档写入流。Writes a report's official-template Word document to a stream.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <param name="output">可写、可定位的流。A writable, seekable stream.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static void ExportDocx(AnnualReport report, Stream output)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(output);
        var bytes = ExportDocx(report);
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>
    /// 把报告导出为官方模板的 HTML 片段（一个 <c>div</c>），门户可直接发布：标题、章节标题、段落和带 colspan、rowspan 的表格，文字均已转义。
    /// Exports a report as the official template's HTML fragment (one <c>div</c>) a portal can publish: the title, the
    /// headings, the paragraphs and the tables with colspan and rowspan, all text escaped.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>HTML 片段。The HTML fragment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    public static string ExportHtml(AnnualReport report)
    {
        Guard.Against.Null(report);
        return HtmlWriter.Write(report);
    }
}
