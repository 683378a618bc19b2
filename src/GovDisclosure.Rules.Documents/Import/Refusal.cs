using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// The results of a document that is not read at all: a kind that cannot be read (GDT008) or a limit exceeded (GDT009).
/// Each message says what was found and what to do, in the catalogue's words (Document.*, Pdf.*), so that the finding
/// keeps its key and arguments like every other.
/// </summary>
internal static class Refusal
{
    /// <summary>GDT008: the input is of a kind that cannot be read.</summary>
    /// <param name="language">The language of the message.</param>
    /// <param name="key">The catalogue key of what was found and what to do.</param>
    /// <param name="arguments">Its arguments.</param>
    internal static LoadResult UnreadableKind(MessageLanguage language, string key, params object?[] arguments) =>
        Single(TextRules.UnreadableKind, language, new MessagePart(key, arguments));

    /// <summary>GDT009: a limit is exceeded.</summary>
    /// <param name="language">The language of the message.</param>
    /// <param name="key">The catalogue key of the limit and its value.</param>
    /// <param name="arguments">Its arguments.</param>
    internal static LoadResult LimitExceeded(MessageLanguage language, string key, params object?[] arguments) =>
        Single(TextRules.LimitExceeded, language, new MessagePart(key, arguments));

    /// <summary>GDT009 for an exceeded limit, as thrown by a reader.</summary>
    internal static LoadResult From(ImportLimitException limit, MessageLanguage language) =>
        Single(TextRules.LimitExceeded, language, limit.Reason);

    private static LoadResult Single(RuleDescriptor rule, MessageLanguage language, MessagePart reason) =>
        new(null, [rule.Find(language, "", [reason]).WithLocation(1, null)]);
}
