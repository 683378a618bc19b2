using System;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// 报告的已发布文本：把从网页、Word 或 PDF 复制或提取的文字导入为 <see cref="AnnualReport"/>，并把报告导出为文本或 Markdown。
/// The published text of a report: imports text copied or extracted from an HTML, Word or PDF page into an
/// <see cref="AnnualReport"/>, and exports a report as text or Markdown.
/// </summary>
/// <remarks>
/// <para>
/// 导入容忍实际文本的各种样子：标题拆成多行、章节标题的不同写法、表三中以一、二、三、四开头的行标签、行标签分散在前几个单元格或
/// 丢失了前面的单元格、制表符或连续空格或 | 分隔单元格、全角数字、空白或“—、-、/、无”表示 0、全角半角括号混用、“本年度止件数”的错字、
/// CRLF 换行、表四印成一行十五个数字，以及被提取过程断开的段落（不以。！？；：…结尾的段落与下一行相连）。
/// Import tolerates what real text looks like: a title broken over lines, the heading variants, table B's row labels
/// that begin with 一、二、三、四, labels spread over leading cells or rows that lost them, tabs or runs of spaces or |
/// between cells, full-width digits, blank or —, -, /, 无 cells as 0, mixed brackets, the 本年度止件数 misprint, CRLF,
/// table C printed as one line of fifteen numbers, and paragraphs broken by the extraction (a paragraph that does not
/// end in 。！？；：… continues into the next line).
/// </para>
/// <para>
/// 对任何报告（数字在格式规定的范围内），<c>Import(Export(report))</c> 与原报告相等：纯文本无法准确表达的段落（空段落、首尾空白、
/// 制表符、看起来像标题的行、不以句末标点结尾的段落）写成以 <c>\"</c> 开头的引号行；正文中没有位置的成员（与引言不符的联系方式、
/// 无法写成标题的机关名称或年度、extensions）写成以 <c>\@</c> 开头的指令行。已发布的文本从不以反斜杠开头，因此这两种行不会误读真实报告。
/// For any report whose figures lie in the form's ranges, <c>Import(Export(report))</c> equals the report: a paragraph
/// plain text cannot say exactly (empty, with edge white space or tabs, looking like a heading, not ending a sentence)
/// is written as a quoted line starting <c>\"</c>; a member with no place in published text (contact details that
/// differ from the lead-in, an agency or year the title cannot carry, extensions) as a directive starting <c>\@</c>.
/// Published text never starts a line with a backslash, so neither kind misreads a real report.
/// </para>
/// <para>
/// 机关名称、联系地址、电话和网址统一规整：去掉首尾空白、网址两侧的尖括号，以及紧挨汉字的空格（“中山路 181 号”→“中山路181号”）。
/// 联系方式取自引言中“联系地址：…，联系电话：…，网址：…”的写法；引言本身原样保留。标题之前的行（如索引号、发布日期）不属于报告，不予读取。
/// The agency name, address, phone and website are normalised alike: edge white space, the angle brackets around a
/// website, and spaces touching Chinese characters are dropped (“中山路 181 号” → “中山路181号”). The details come from the
/// lead-in's “联系地址：…，联系电话：…，网址：…”; the lead-in itself is kept as it is. Lines above the title (an index
/// number, a date) are not part of the report and are not read.
/// </para>
/// </remarks>
public static class PublishedText
{
    /// <summary>
    /// 导入一段文本。Imports text.
    /// </summary>
    /// <param name="text">报告的已发布文本。The published text of a report.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>
    /// 没有错误时得到报告；全部 GDT 发现都带行号。The report when there is no error; every GDT finding, with its line.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> 为 null。<paramref name="text"/> is null.</exception>
    public static LoadResult Import(string text, TextImportOptions? options = null)
    {
        Guard.Against.Null(text);
        return TextImporter.Import(text, options ?? TextImportOptions.Default);
    }

    /// <summary>
    /// 导入文件的字节：有字节顺序标记时按 UTF-8、UTF-16 LE 或 UTF-16 BE 解码；没有时按 UTF-8，不是有效 UTF-8 时按 GB18030。
    /// 无法解码的字节得到 GDT006 错误，绝不产生乱码。
    /// Imports the bytes of a file: a byte-order mark selects UTF-8, UTF-16 LE or UTF-16 BE; without one, UTF-8, or
    /// GB18030 when the bytes are not valid UTF-8. Bytes that decode as none of them give a GDT006 error, never garbled text.
    /// </summary>
    /// <param name="bytes">文件内容。The file's content.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>导入结果。The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> 为 null。<paramref name="bytes"/> is null.</exception>
    public static LoadResult Import(byte[] bytes, TextImportOptions? options = null)
    {
        Guard.Against.Null(bytes);
        return Import(bytes.AsSpan(), options);
    }

    /// <summary>
    /// 导入文件的字节（同 <see cref="Import(byte[], TextImportOptions?)"/>）。Imports the bytes of a file (as <see cref="Import(byte[], TextImportOptions?)"/>).
    /// </summary>
    /// <param name="bytes">文件内容。The file's content.</param>
    /// <param name="options">选项；null 为默认。Options; null for the defaults.</param>
    /// <returns>导入结果。The result.</returns>
    public static LoadResult Import(ReadOnlySpan<byte> bytes, TextImportOptions? options = null) =>
        Import(bytes, Gb18030.Strict, options);

    /// <summary>Imports bytes with a given GB18030 encoding (null: none available), so tests can stand in for any platform.</summary>
    internal static LoadResult Import(ReadOnlySpan<byte> bytes, System.Text.Encoding? gb18030, TextImportOptions? options)
    {
        options ??= TextImportOptions.Default;
        if (TextLimits.CheckBytes(bytes.Length, options) is { } tooMany)
        {
            return tooMany;
        }

        var text = TextDecoder.Decode(bytes, gb18030, out var refusal);
        return text is null ? TextImporter.Refuse(refusal!, options.Language) : TextImporter.Import(text, options);
    }

    /// <summary>
    /// 把报告导出为规范文本，版式同已发布的报告：标题行、引言、各章节标题、以空行分隔的段落、制表符分隔且每行带全部标签的表格。
    /// Exports a report as canonical text in the layout of a published report: the title line, the lead-in, the headings,
    /// paragraphs separated by blank lines, and tab-separated tables whose every row carries all its labels.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>以 "\n" 换行的文本。The text, lines ending in "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年度）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static string Export(AnnualReport report)
    {
        Guard.Against.Null(report);
        ModelCheck.RequireReadable(report, nameof(report));
        return TextExporter.Export(report);
    }

    /// <summary>
    /// 把报告呈现为 Markdown（表格为 Markdown 表格），供门户预览上传的报告。文字中的 Markdown 符号和 HTML 均已转义。
    /// Renders a report as Markdown (the tables as Markdown tables), for a portal that previews an upload. Markdown
    /// characters and HTML in the prose are escaped.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>Markdown 文本。The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。<paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">报告缺少模型要求的成员（null），或有读取器会拒绝的数值（负数、超过 2^53 − 1 的件数、负的金额、0 至 9999 以外的年度）。The report lacks a member the model requires (null), or holds a figure the reader would refuse (a negative count or one above 2^53 − 1, a negative amount, a year outside 0 to 9999).</exception>
    public static string ToMarkdown(AnnualReport report)
    {
        Guard.Against.Null(report);
        ModelCheck.RequireReadable(report, nameof(report));
        return MarkdownExporter.Export(report);
    }
}
