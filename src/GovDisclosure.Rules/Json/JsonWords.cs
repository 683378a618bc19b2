using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// The parts that fill in the GDJ message templates: catalogue keys with language-neutral arguments, worded by whichever
/// catalogue fills in the finding.
/// </summary>
internal static class JsonWords
{
    private const int ExcerptLength = 40;

    /// <summary>The name of a JSON token's type: a part, or the literal itself.</summary>
    internal static object TypeOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => new MessagePart("Json.Object"),
        JsonTokenType.StartArray => new MessagePart("Json.Array"),
        JsonTokenType.String => new MessagePart("Json.String"),
        JsonTokenType.Number => new MessagePart("Json.Number"),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    /// <summary>What a member of this kind should be.</summary>
    internal static MessagePart Expected(JsonMemberKind kind) => kind switch
    {
        JsonMemberKind.Object or JsonMemberKind.Extensions => new MessagePart("Json.Object"),
        JsonMemberKind.Count => CountRange(),
        JsonMemberKind.Year => YearRange(),
        JsonMemberKind.Amount => new MessagePart("Json.NonNegativeNumber"),
        _ => new MessagePart("Json.String"),
    };

    /// <summary>The range of a count.</summary>
    internal static MessagePart CountRange() => new("Json.IntegerRange", ReportForm.MaxCount);

    /// <summary>The range of the year.</summary>
    internal static MessagePart YearRange() => new("Json.IntegerRange", JsonShape.MaxYear);

    /// <summary>The range of the fee amount.</summary>
    internal static MessagePart AmountRange() => new("Json.AmountRange", decimal.MaxValue);

    /// <summary>A number written with a fraction or an exponent where an integer is required.</summary>
    internal static MessagePart Fraction(string raw) => new("Json.Fraction", raw);

    /// <summary>A scalar's type with an excerpt of its text, such as <c>字符串 "3"</c>.</summary>
    internal static object Actual(JsonTokenType token, string? excerpt) =>
        excerpt is null ? TypeOf(token) : new MessagePart("Json.Excerpt", TypeOf(token), excerpt);

    /// <summary>Shortens a text for a message.</summary>
    internal static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : text.Substring(0, ExcerptLength) + "…";

    /// <summary>The document is larger than the limit.</summary>
    internal static MessagePart DocumentTooLarge(int limit) => new("Json.DocumentTooLarge", limit);

    /// <summary>Nesting deeper than the limit.</summary>
    internal static MessagePart TooDeep(int limit) => new("Json.TooDeep", limit);

    /// <summary>A string longer than the limit.</summary>
    internal static MessagePart StringTooLong(int limit) => new("Json.StringTooLong", limit);

    /// <summary>More members than the limit.</summary>
    internal static MessagePart TooManyMembers(int limit) => new("Json.TooManyMembers", limit);

    /// <summary>The input is empty.</summary>
    internal static MessagePart Empty() => new("Json.Empty");

    /// <summary>The input ends inside a value.</summary>
    internal static MessagePart UnexpectedEnd() => new("Json.UnexpectedEnd");

    /// <summary>A comment.</summary>
    internal static MessagePart Comment() => new("Json.Comment");

    /// <summary>A comma before a closing bracket.</summary>
    internal static MessagePart TrailingComma() => new("Json.TrailingComma");

    /// <summary>Text after the root value.</summary>
    internal static MessagePart AfterRoot() => new("Json.AfterRoot");

    /// <summary>A raw control character.</summary>
    internal static MessagePart ControlCharacter(int code) => new("Json.ControlCharacter", code);

    /// <summary>A byte sequence that is not UTF-8.</summary>
    internal static MessagePart InvalidUtf8() => new("Json.InvalidUtf8");

    /// <summary>A \u escape that leaves a surrogate unpaired, or another invalid escape.</summary>
    internal static MessagePart InvalidEscape() => new("Json.InvalidEscape");

    /// <summary>An unpaired surrogate in a .NET string given to the reader.</summary>
    internal static MessagePart LoneSurrogate() => new("Json.LoneSurrogate");

    /// <summary>Any other syntax error at a character.</summary>
    internal static MessagePart Unexpected(string character) => new("Json.Unexpected", character);
}
