using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents;

/// <summary>
/// 导入已发布文档（.docx、PDF、HTML、JSON、文本）的选项：消息语言、可选的文件名或媒体类型提示，以及防御恶意文档的上限。
/// Options for importing a published document (.docx, PDF, HTML, JSON, text): the language of the messages, an optional file
/// name or media type as a hint, and the limits that keep a hostile document harmless.
/// </summary>
/// <remarks>
/// 超出任何上限的文档得到 GDT009（<see cref="TextRules.LimitExceeded"/>），不抛出异常。
/// A document beyond any limit gets GDT009 (<see cref="TextRules.LimitExceeded"/>), never an exception.
/// </remarks>
public sealed record DocumentImportOptions
{
    /// <summary>默认的文档大小上限：32 MB。The default document size limit: 32 MB.</summary>
    public const int DefaultMaxDocumentBytes = 32 * 1024 * 1024;

    /// <summary>默认的 .docx 解压后总大小上限：64 MB。The default limit on a .docx's total uncompressed size: 64 MB.</summary>
    public const long DefaultMaxUncompressedBytes = 64L * 1024 * 1024;

    /// <summary>默认的 .docx 单个部件解压后大小上限：32 MB。The default limit on one part's uncompressed size: 32 MB.</summary>
    public const long DefaultMaxPartBytes = 32L * 1024 * 1024;

    /// <summary>默认的 .docx 条目数上限：1000。The default limit on a .docx's entries: 1000.</summary>
    public const int DefaultMaxEntries = 1000;

    /// <summary>默认的元素嵌套层数上限：256。The default limit on element nesting: 256.</summary>
    public const int DefaultMaxNesting = 256;

    /// <summary>默认的单元格合并数上限（rowspan、colspan、gridSpan）：1000。The default limit on a cell's span: 1000.</summary>
    public const int DefaultMaxSpan = 1000;

    /// <summary>默认的表格单元格总数上限（展开合并后）：200 000。The default limit on a document's grid cells (merges resolved): 200,000.</summary>
    public const int DefaultMaxGridCells = 200_000;

    /// <summary>默认的 PDF 页数上限：1000。The default limit on a PDF's pages: 1000.</summary>
    public const int DefaultMaxPages = 1000;

    /// <summary>默认的 PDF 对象数上限：200 000。The default limit on a PDF's objects: 200,000.</summary>
    public const int DefaultMaxObjects = 200_000;

    /// <summary>默认的 PDF 单个数据流解压后大小上限：64 MB。The default limit on one PDF stream's decompressed size: 64 MB.</summary>
    public const long DefaultMaxStreamBytes = 64L * 1024 * 1024;

    /// <summary>默认选项。The default options.</summary>
    public static DocumentImportOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of the messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// 文件名（可选），仅作提示：种类由内容判断，内容无法判断时才参考扩展名。
    /// The file name (optional), a hint only: the kind is recognised from the content; the extension is consulted only
    /// when the content cannot tell.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>
    /// 媒体类型（可选），如 <c>text/html; charset=gbk</c>：其中的 charset 用于解码 HTML（字节顺序标记优先）。
    /// The media type (optional), such as <c>text/html; charset=gbk</c>: its charset decodes HTML (a byte-order mark wins).
    /// </summary>
    public string? ContentType { get; init; }

    /// <summary>文档字节数上限。The limit on the document's bytes.</summary>
    public int MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>.docx 解压后的总字节数上限。The limit on a .docx's total uncompressed bytes.</summary>
    public long MaxUncompressedBytes { get; init; } = DefaultMaxUncompressedBytes;

    /// <summary>.docx 单个部件解压后的字节数上限。The limit on one part's uncompressed bytes.</summary>
    public long MaxPartBytes { get; init; } = DefaultMaxPartBytes;

    /// <summary>.docx 的条目数上限。The limit on a .docx's entries.</summary>
    public int MaxEntries { get; init; } = DefaultMaxEntries;

    /// <summary>元素嵌套层数上限。The limit on element nesting.</summary>
    public int MaxNesting { get; init; } = DefaultMaxNesting;

    /// <summary>一个单元格跨越的行数或列数上限。The limit on the rows or columns one cell spans.</summary>
    public int MaxSpan { get; init; } = DefaultMaxSpan;

    /// <summary>全部表格展开合并后的单元格总数上限。The limit on all tables' cells once merges are resolved.</summary>
    public int MaxGridCells { get; init; } = DefaultMaxGridCells;

    /// <summary>PDF 的页数上限。The limit on a PDF's pages.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>PDF 的对象数上限（交叉引用表中的条目）。The limit on a PDF's objects (the entries of its cross-reference table).</summary>
    public int MaxObjects { get; init; } = DefaultMaxObjects;

    /// <summary>PDF 单个数据流解压后的字节数上限。The limit on the bytes one PDF stream decompresses to.</summary>
    public long MaxStreamBytes { get; init; } = DefaultMaxStreamBytes;
}
