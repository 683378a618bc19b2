using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 由文化或语言标记选择消息语言。Chooses the message language from a culture or a language tag.
/// </summary>
public static class MessageLanguages
{
    /// <summary>
    /// 某种文化的消息语言：zh、zh-CN、zh-Hans、zh-Hant 等为中文，en、en-* 为英文，其他（含固定区域）为中文（默认）。
    /// The message language of a culture: zh, zh-CN, zh-Hans, zh-Hant … are Chinese; en and en-* English; anything else
    /// (the invariant culture too) Chinese, the default.
    /// </summary>
    /// <param name="culture">文化。The culture.</param>
    /// <returns>语言。The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> 为 null。<paramref name="culture"/> is null.</exception>
    public static MessageLanguage From(CultureInfo culture) =>
        TryFrom(Guard.Against.Null(culture).Name, out var language) ? language : MessageLanguage.Chinese;

    /// <summary>
    /// 某个语言标记（BCP 47，如 zh-Hans、en-GB）的消息语言；主标记既非 zh 也非 en 时返回 false。
    /// The message language of a language tag (BCP 47, such as zh-Hans or en-GB); false when its primary subtag is neither
    /// zh nor en.
    /// </summary>
    /// <param name="tag">语言标记。The language tag.</param>
    /// <param name="language">语言。The language.</param>
    /// <returns>是否为中文或英文。Whether it is Chinese or English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> 为 null。<paramref name="tag"/> is null.</exception>
    public static bool TryFrom(string tag, out MessageLanguage language)
    {
        Guard.Against.Null(tag);
        var end = tag.IndexOfAny(['-', '_']);
        var primary = end < 0 ? tag : tag.Substring(0, end);
        if (string.Equals(primary, "zh", StringComparison.OrdinalIgnoreCase))
        {
            language = MessageLanguage.Chinese;
            return true;
        }

        if (string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase))
        {
            language = MessageLanguage.English;
            return true;
        }

        language = MessageLanguage.Chinese;
        return false;
    }
}
