using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// 读取 JSON 的选项：消息语言与读取限制。超过任何限制时报告一条 GDJ007，不再读取其余部分。
/// Options for reading JSON: the language of messages and the reader's limits. Past any limit the reader reports one
/// GDJ007 and reads no further.
/// </summary>
public sealed record JsonReadOptions
{
    /// <summary>默认文档大小上限：4 MiB。The default size limit: 4 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>默认嵌套深度上限：64。The default nesting limit: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>嵌套深度上限的最大可设值：256。The largest nesting limit that may be set: 256.</summary>
    public const int MaxAllowedDepth = ReportExtensions.MaxDepth;

    /// <summary>默认字符串长度上限：1,048,576 个字符。The default string-length limit: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>默认成员总数上限：10,000。The default limit on members: 10,000.</summary>
    public const int DefaultMaxMembers = 10_000;

    private readonly int maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int maxDepth = DefaultMaxDepth;
    private readonly int maxStringLength = DefaultMaxStringLength;
    private readonly int maxMembers = DefaultMaxMembers;

    /// <summary>默认选项：中文消息，默认限制。The default options: Chinese messages, default limits.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// 文档大小上限（字节，含 BOM）。The largest document, in bytes (a BOM included).
    /// </summary>
    /// <exception cref="System.ArgumentException">值不大于 0。The value is not positive.</exception>
    public int MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = Guard.Against.NegativeOrZero(value, nameof(MaxDocumentBytes));
    }

    /// <summary>
    /// 嵌套深度上限（根对象为第 1 层），1 至 256。The deepest nesting (the root object is level 1), from 1 to 256.
    /// </summary>
    /// <exception cref="System.ArgumentOutOfRangeException">值不在 1 至 256 之间。The value is not from 1 to 256.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = Guard.Against.OutOfRange(value, nameof(MaxDepth), 1, MaxAllowedDepth);
    }

    /// <summary>
    /// 任一字符串或成员名的长度上限（UTF-16 字符）。The longest string or member name, in UTF-16 characters.
    /// </summary>
    /// <exception cref="System.ArgumentException">值不大于 0。The value is not positive.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init => maxStringLength = Guard.Against.NegativeOrZero(value, nameof(MaxStringLength));
    }

    /// <summary>
    /// 整份文档的成员总数上限（含 extensions 内的成员）。The most members in the whole document, those inside extensions included.
    /// </summary>
    /// <exception cref="System.ArgumentException">值不大于 0。The value is not positive.</exception>
    public int MaxMembers
    {
        get => maxMembers;
        init => maxMembers = Guard.Against.NegativeOrZero(value, nameof(MaxMembers));
    }
}
