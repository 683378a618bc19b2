namespace GovDisclosure.Rules;

/// <summary>
/// 消息使用的语言。The language of messages.
/// </summary>
public enum MessageLanguage
{
    /// <summary>简体中文（zh-CN，默认）。Simplified Chinese (zh-CN, the default).</summary>
    Chinese,

    /// <summary>英文（en）。English.</summary>
    English,
}
