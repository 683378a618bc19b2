using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 一条规则的描述：编号、默认严重程度、中英文标题与消息模板。
/// A rule described as data: ID, default severity, and its Chinese and English title and message template.
/// </summary>
public sealed class RuleDescriptor : IWorded
{
    /// <summary>
    /// 新建规则描述。Creates a rule description.
    /// </summary>
    /// <param name="id">稳定的编号，如 GD203。The stable ID, such as GD203.</param>
    /// <param name="defaultSeverity">默认严重程度。The default severity.</param>
    /// <param name="title">中文标题。The Chinese title.</param>
    /// <param name="englishTitle">英文标题。The English title.</param>
    /// <param name="messageFormat">中文消息模板（composite format，如 {0}）。The Chinese message template (a composite format).</param>
    /// <param name="englishMessageFormat">英文消息模板。The English message template.</param>
    public RuleDescriptor(string id, Severity defaultSeverity, string title, string englishTitle, string messageFormat, string englishMessageFormat)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        DefaultSeverity = defaultSeverity;
        Title = Guard.Against.Null(title);
        EnglishTitle = Guard.Against.Null(englishTitle);
        MessageFormat = Guard.Against.Null(messageFormat);
        EnglishMessageFormat = Guard.Against.Null(englishMessageFormat);
    }

    /// <summary>A built-in rule: its titles and templates are the message catalogues' (keys ID.Title and ID).</summary>
    internal RuleDescriptor(string id, Severity defaultSeverity)
        : this(id, defaultSeverity, ChineseMessages.Templates[id + ".Title"], EnglishMessages.Templates[id + ".Title"],
            ChineseMessages.Templates[id], EnglishMessages.Templates[id])
    {
    }

    /// <summary>编号。The ID.</summary>
    public string Id { get; }

    /// <summary>默认严重程度。The default severity.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>中文标题。The Chinese title.</summary>
    public string Title { get; }

    /// <summary>英文标题。The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>中文消息模板。The Chinese message template.</summary>
    public string MessageFormat { get; }

    /// <summary>英文消息模板。The English message template.</summary>
    public string EnglishMessageFormat { get; }

    /// <summary>某种语言的标题。The title in a language.</summary>
    /// <param name="language">语言。The language.</param>
    /// <returns>标题。The title.</returns>
    public string TitleIn(MessageLanguage language) => MessageCatalog.For(language).Pick(Title, EnglishTitle);

    /// <summary>用某种语言填写消息模板。Fills in the message template in a language.</summary>
    /// <param name="language">语言。The language.</param>
    /// <param name="arguments">模板参数。The template's arguments.</param>
    /// <returns>消息。The message.</returns>
    public string Format(MessageLanguage language, params object?[] arguments)
    {
        var catalog = MessageCatalog.For(language);
        return catalog.Fill(catalog.Pick(MessageFormat, EnglishMessageFormat), Guard.Against.Null(arguments));
    }

    /// <summary>A finding of this rule worded in a language, keeping its key (the rule ID) and arguments.</summary>
    internal Finding Find(MessageLanguage language, string path, object?[] arguments, IReadOnlyList<string>? related = null,
        decimal? expected = null, decimal? actual = null, Severity? severity = null) =>
        new Finding(Id, severity ?? DefaultSeverity, Format(language, arguments), path, related, expected, actual).WithArguments(Id, arguments);

    /// <summary>A rule as a message argument: its title.</summary>
    string IWorded.In(MessageCatalog catalog) => TitleIn(catalog.Language);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
