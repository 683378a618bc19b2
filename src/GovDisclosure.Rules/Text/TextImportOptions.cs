namespace GovDisclosure.Rules.Text;

/// <summary>
/// 导入已发布文本的选项。Options for importing published text.
/// </summary>
public sealed record TextImportOptions
{
    /// <summary>默认的文本长度上限：8,388,608 个字符。The default limit on the text's length: 8,388,608 characters.</summary>
    public const int DefaultMaxCharacters = 8 * 1024 * 1024;

    /// <summary>默认的单行长度上限：4,194,304 个字符。The default limit on one line's length: 4,194,304 characters.</summary>
    public const int DefaultMaxLineLength = 4 * 1024 * 1024;

    /// <summary>默认的行数上限：1,048,576 行。The default limit on the number of lines: 1,048,576.</summary>
    public const int DefaultMaxLines = 1024 * 1024;

    /// <summary>默认选项：中文消息，默认上限。The default options: messages in Chinese, the default limits.</summary>
    public static TextImportOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of the messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// 文本长度上限（字符数，默认 <see cref="DefaultMaxCharacters"/>）；超过时报告一条 GDT009，不再读取。导入字节时，字节数超过其 4 倍即不解码。
    /// The limit on the text's length in characters (<see cref="DefaultMaxCharacters"/> by default); past it one GDT009 is
    /// reported and nothing is read. Bytes more than four times as many are refused before decoding.
    /// </summary>
    public int MaxCharacters { get; init; } = DefaultMaxCharacters;

    /// <summary>
    /// 单行长度上限（字符数，默认 <see cref="DefaultMaxLineLength"/>）；超过时报告一条 GDT009，不再读取。
    /// The limit on one line's length in characters (<see cref="DefaultMaxLineLength"/> by default); past it one GDT009 is
    /// reported and nothing is read.
    /// </summary>
    public int MaxLineLength { get; init; } = DefaultMaxLineLength;

    /// <summary>
    /// 行数上限（默认 <see cref="DefaultMaxLines"/>）；超过时报告一条 GDT009，不再读取。
    /// The limit on the number of lines (<see cref="DefaultMaxLines"/> by default); past it one GDT009 is reported and
    /// nothing is read.
    /// </summary>
    public int MaxLines { get; init; } = DefaultMaxLines;
}
