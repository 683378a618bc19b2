using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 一种语言的消息目录：核心的每一条消息模板和固定用语，中英文两份目录使用同一组键。
/// The message catalogue of one language: every message template and fixed phrase of the core; the Chinese and the
/// English catalogue have the same keys.
/// </summary>
/// <remarks>
/// 键：规则编号（如 GD203）为该规则的消息模板，“编号.Title”为其标题；其他键为各部分的固定用语（如 Place.Line）。
/// 每条 <see cref="Finding"/> 记下其模板的键（<see cref="Finding.MessageKey"/>）和填入的参数（<see cref="Finding.Arguments"/>），
/// 因此 <see cref="Format(Finding)"/> 可以用另一种语言重写它，宿主也可以用自己的措辞。
/// Keys: a rule ID (such as GD203) is that rule's message template, "ID.Title" its title; the other keys are the fixed
/// phrases of each part (such as Place.Line). Each <see cref="Finding"/> keeps its template's key
/// (<see cref="Finding.MessageKey"/>) and the values filled in (<see cref="Finding.Arguments"/>), so that
/// <see cref="Format(Finding)"/> can word it in another language, and a host in its own words.
/// </remarks>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> templates;

    private MessageCatalog(MessageLanguage language, IReadOnlyDictionary<string, string> templates)
    {
        Language = language;
        this.templates = templates;
    }

    /// <summary>中文目录。The Chinese catalogue.</summary>
    public static MessageCatalog Chinese { get; } = new(MessageLanguage.Chinese, ChineseMessages.Templates);

    /// <summary>英文目录。The English catalogue.</summary>
    public static MessageCatalog English { get; } = new(MessageLanguage.English, EnglishMessages.Templates);

    /// <summary>目录的语言。The catalogue's language.</summary>
    public MessageLanguage Language { get; }

    /// <summary>全部键，按序号排列。Every key, in ordinal order.</summary>
    public IReadOnlyList<string> Keys => templates.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>某种语言的目录。The catalogue of a language.</summary>
    /// <param name="language">语言。The language.</param>
    /// <returns>目录。The catalogue.</returns>
    public static MessageCatalog For(MessageLanguage language) => language == MessageLanguage.English ? English : Chinese;

    /// <summary>
    /// 某种文化的目录：语言见 <see cref="MessageLanguages.From(CultureInfo)"/>（zh、zh-CN、zh-Hans、zh-Hant 为中文；en、en-* 为英文；其他为中文）。
    /// The catalogue of a culture: the language is <see cref="MessageLanguages.From(CultureInfo)"/>'s (zh, zh-CN, zh-Hans,
    /// zh-Hant are Chinese; en and en-* English; anything else Chinese).
    /// </summary>
    /// <param name="culture">文化。The culture.</param>
    /// <returns>目录。The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> 为 null。<paramref name="culture"/> is null.</exception>
    public static MessageCatalog For(CultureInfo culture) => For(MessageLanguages.From(culture));

    /// <summary>目录中是否有此键。Whether the catalogue has the key.</summary>
    /// <param name="key">键。The key.</param>
    /// <returns>有则为 true。True when it has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> 为 null。<paramref name="key"/> is null.</exception>
    public bool Contains(string key) => templates.ContainsKey(Guard.Against.Null(key));

    /// <summary>某个键的模板（composite format，如 {0}）。The template of a key (a composite format, such as {0}).</summary>
    /// <param name="key">键。The key.</param>
    /// <returns>模板。The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> 为 null。<paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">目录中没有此键。The catalogue has no such key.</exception>
    public string Template(string key) =>
        templates.TryGetValue(Guard.Against.Null(key), out var template)
            ? template
            : throw new ArgumentException($"消息目录中没有键“{key}”。The message catalogue has no key \"{key}\".", nameof(key));

    /// <summary>用参数填写某个键的模板（数字按固定区域格式）。Fills in a key's template with arguments (numbers in the invariant culture).</summary>
    /// <param name="key">键。The key.</param>
    /// <param name="arguments">参数。The arguments.</param>
    /// <returns>消息。The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> 或 <paramref name="arguments"/> 为 null。</exception>
    /// <exception cref="ArgumentException">目录中没有此键。The catalogue has no such key.</exception>
    public string Format(string key, params object?[] arguments) => Fill(Template(key), Guard.Against.Null(arguments));

    /// <summary>
    /// 用本目录的语言重写一条发现：以其键和参数填写模板。没有键的发现（如自定义规则直接写好的消息）原样返回其消息。
    /// Words a finding in this catalogue's language: its key's template filled with its arguments. A finding without a key
    /// (such as a custom rule's own message) gives its message as it is.
    /// </summary>
    /// <param name="finding">发现。The finding.</param>
    /// <returns>消息。The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> 为 null。<paramref name="finding"/> is null.</exception>
    public string Format(Finding finding)
    {
        Guard.Against.Null(finding);
        if (finding.MessageKey is not { } key || !templates.TryGetValue(key, out var template))
        {
            return finding.Message;
        }

        var arguments = new object?[finding.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = finding.Arguments[i];
        }

        return Fill(template, arguments);
    }

    /// <summary>
    /// Fills in a template in this language: a thing among the arguments (a form cell, a rule) by its words here, numbers
    /// in the invariant culture. Every message of the core is filled in here.
    /// </summary>
    internal string Fill(string template, object?[] arguments)
    {
        object?[]? worded = null;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is IWorded thing)
            {
                worded ??= (object?[])arguments.Clone();
                worded[i] = thing.In(this);
            }
        }

        return string.Format(CultureInfo.InvariantCulture, template, worded ?? arguments);
    }

    /// <summary>
    /// The one way the core chooses between a Chinese and an English text held elsewhere: the form's labels, a custom
    /// rule's own templates.
    /// </summary>
    internal string Pick(string chinese, string english) => Language == MessageLanguage.English ? english : chinese;

    /// <summary>The template of a key the core itself defines (a test holds both catalogues to the same keys).</summary>
    internal string this[string key] => templates[key];

    /// <inheritdoc/>
    public override string ToString() => Language.ToString();
}
