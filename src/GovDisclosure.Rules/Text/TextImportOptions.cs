namespace GovDisclosure.Rules.Text;

/// <summary>
/// 导入已发布文本的选项。Options for importing published text.
/// </summary>
public sealed record TextImportOptions
{
    /// <summary>默认选项：中文消息。The default options: messages in Chinese.</summary>
    public static TextImportOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of the messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;
}
