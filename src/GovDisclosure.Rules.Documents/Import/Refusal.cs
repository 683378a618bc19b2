using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// The results of a document that is not read at all: a kind that cannot be read (GDT008) or a limit exceeded (GDT009).
/// Each message says what was found and what to do, in the chosen language.
/// </summary>
internal static class Refusal
{
    /// <summary>GDT008: the input is of a kind that cannot be read.</summary>
    internal static LoadResult UnreadableKind(MessageLanguage language, string chinese, string english) =>
        Single(TextRules.UnreadableKind, language, chinese, english);

    /// <summary>GDT009: a limit is exceeded.</summary>
    internal static LoadResult LimitExceeded(MessageLanguage language, string chinese, string english) =>
        Single(TextRules.LimitExceeded, language, chinese, english);

    /// <summary>GDT009 for an exceeded limit, as thrown by a reader.</summary>
    internal static LoadResult From(ImportLimitException limit, MessageLanguage language) =>
        LimitExceeded(language, limit.Chinese, limit.English);

    private static LoadResult Single(RuleDescriptor rule, MessageLanguage language, string chinese, string english)
    {
        var argument = language == MessageLanguage.English ? english : chinese;
        var finding = new Finding(rule.Id, rule.DefaultSeverity, rule.Format(language, argument), "", line: 1);
        return new LoadResult(null, [finding]);
    }
}
