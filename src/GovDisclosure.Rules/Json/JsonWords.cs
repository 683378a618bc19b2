using System.Globalization;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Json;

/// <summary>The words that fill in the GDJ message templates, in either language.</summary>
internal static class JsonWords
{
    private const int ExcerptLength = 40;

    private static string In(MessageLanguage language, string chinese, string english) => language == MessageLanguage.English ? english : chinese;

    /// <summary>The name of a JSON token's type.</summary>
    internal static string TypeOf(MessageLanguage language, JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => In(language, "对象", "an object"),
        JsonTokenType.StartArray => In(language, "数组", "an array"),
        JsonTokenType.String => In(language, "字符串", "a string"),
        JsonTokenType.Number => In(language, "数字", "a number"),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    /// <summary>What a member of this kind should be.</summary>
    internal static string Expected(MessageLanguage language, JsonMemberKind kind) => kind switch
    {
        JsonMemberKind.Object or JsonMemberKind.Extensions => In(language, "对象", "an object"),
        JsonMemberKind.Count => CountRange(language),
        JsonMemberKind.Year => YearRange(language),
        JsonMemberKind.Amount => In(language, "不小于 0 的数字", "a number ≥ 0"),
        _ => In(language, "字符串", "a string"),
    };

    /// <summary>The range of a count.</summary>
    internal static string CountRange(MessageLanguage language) =>
        In(language, $"0 至 {ReportForm.MaxCount} 的整数", $"an integer from 0 to {ReportForm.MaxCount}");

    /// <summary>The range of the year.</summary>
    internal static string YearRange(MessageLanguage language) =>
        In(language, $"0 至 {JsonShape.MaxYear} 的整数", $"an integer from 0 to {JsonShape.MaxYear}");

    /// <summary>The range of the fee amount.</summary>
    internal static string AmountRange(MessageLanguage language) =>
        In(language, $"不小于 0、不大于 {decimal.MaxValue} 且能以十进制精确表示（至多 28 位小数）的数",
            $"a number from 0 to {decimal.MaxValue} that a decimal holds exactly (at most 28 decimal places)");

    /// <summary>A number written with a fraction or an exponent where an integer is required.</summary>
    internal static string Fraction(MessageLanguage language, string raw) =>
        In(language, "带小数点或指数的数字 " + raw, "a number with a fraction or exponent, " + raw);

    /// <summary>A scalar's type with an excerpt of its text, such as <c>字符串 "3"</c>.</summary>
    internal static string Actual(MessageLanguage language, JsonTokenType token, string? excerpt) =>
        excerpt is null ? TypeOf(language, token) : TypeOf(language, token) + " " + excerpt;

    /// <summary>Shortens a text for a message.</summary>
    internal static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : text.Substring(0, ExcerptLength) + "…";

    /// <summary>The document is larger than the limit.</summary>
    internal static string DocumentTooLarge(MessageLanguage language, int limit) =>
        In(language, $"文档大小超过 {Number(limit)} 字节", $"the document is larger than {Number(limit)} bytes");

    /// <summary>Nesting deeper than the limit.</summary>
    internal static string TooDeep(MessageLanguage language, int limit) =>
        In(language, $"嵌套深度超过 {Number(limit)} 层", $"values are nested deeper than {Number(limit)} levels");

    /// <summary>A string longer than the limit.</summary>
    internal static string StringTooLong(MessageLanguage language, int limit) =>
        In(language, $"字符串长度超过 {Number(limit)} 个字符", $"a string is longer than {Number(limit)} characters");

    /// <summary>More members than the limit.</summary>
    internal static string TooManyMembers(MessageLanguage language, int limit) =>
        In(language, $"成员总数超过 {Number(limit)} 个", $"the document has more than {Number(limit)} members");

    /// <summary>The input is empty.</summary>
    internal static string Empty(MessageLanguage language) => In(language, "文档为空", "the document is empty");

    /// <summary>The input ends inside a value.</summary>
    internal static string UnexpectedEnd(MessageLanguage language) => In(language, "文档意外结束", "the document ends too early");

    /// <summary>A comment.</summary>
    internal static string Comment(MessageLanguage language) => In(language, "JSON 不允许注释", "JSON allows no comments");

    /// <summary>A comma before a closing bracket.</summary>
    internal static string TrailingComma(MessageLanguage language) => In(language, "JSON 不允许尾随逗号", "JSON allows no trailing comma");

    /// <summary>Text after the root value.</summary>
    internal static string AfterRoot(MessageLanguage language) => In(language, "根值之后还有多余内容", "there is more after the root value");

    /// <summary>A raw control character.</summary>
    internal static string ControlCharacter(MessageLanguage language, int code) =>
        In(language, $"不允许未转义的控制字符 U+{code:X4}", $"an unescaped control character U+{code:X4}");

    /// <summary>A byte sequence that is not UTF-8.</summary>
    internal static string InvalidUtf8(MessageLanguage language) => In(language, "不是有效的 UTF-8 字节序列", "bytes that are not valid UTF-8");

    /// <summary>A \u escape that leaves a surrogate unpaired, or another invalid escape.</summary>
    internal static string InvalidEscape(MessageLanguage language) =>
        In(language, "字符串含有无效的转义（如不成对的代理项 \\uD800）", "a string holds an invalid escape (such as a lone surrogate \\uD800)");

    /// <summary>An unpaired surrogate in a .NET string given to the reader.</summary>
    internal static string LoneSurrogate(MessageLanguage language) =>
        In(language, "文本含有不成对的代理项，无法编码为 UTF-8", "the text holds an unpaired surrogate and cannot be encoded as UTF-8");

    /// <summary>Any other syntax error at a character.</summary>
    internal static string Unexpected(MessageLanguage language, string character) =>
        In(language, $"此处的 {character} 不符合 JSON 语法", $"{character} is not JSON syntax here");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
