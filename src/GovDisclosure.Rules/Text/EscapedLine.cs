using System.Globalization;
using System.Text;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The two kinds of line that begin with a backslash, which published text never uses and the exporter writes only
/// where plain text could not say exactly what the report holds:
/// <list type="bullet">
/// <item><c>\"…"</c> — a quoted paragraph: one whole paragraph, never joined to its neighbours, whatever it contains;</item>
/// <item><c>\@name value</c> — a directive: a member that has no place of its own in published text.</item>
/// </list>
/// Inside quotes, \\ \" \t \r \n and \uXXXX are escapes; any other backslash stands for itself.
/// </summary>
internal static class EscapedLine
{
    private const string QuotePrefix = "\\\"";
    private const string DirectivePrefix = "\\@";

    /// <summary>The word for an absent optional value in a directive.</summary>
    internal const string Null = "null";

    /// <summary>Whether a trimmed line is a quoted paragraph.</summary>
    internal static bool IsQuoted(string trimmed) => trimmed.StartsWith(QuotePrefix, System.StringComparison.Ordinal);

    /// <summary>Writes a paragraph as a quoted line.</summary>
    internal static string Quote(string paragraph) => "\\" + QuotedString(paragraph);

    /// <summary>Writes a directive line.</summary>
    internal static string Directive(string name, string value) => DirectivePrefix + name + " " + value;

    /// <summary>Writes an optional text as a directive value: quoted, or null.</summary>
    internal static string Value(string? text) => text is null ? Null : QuotedString(text);

    /// <summary>Reads the paragraph of a quoted line (see <see cref="IsQuoted"/>); a missing closing quote is forgiven.</summary>
    internal static string Unquote(string trimmed)
    {
        var position = 1;
        TryReadQuoted(trimmed, ref position, out var text);
        return text;
    }

    /// <summary>Splits a directive line into its name and the rest, or returns false when the line is not one.</summary>
    internal static bool TryReadDirective(string trimmed, out string name, out string value)
    {
        name = value = "";
        if (!trimmed.StartsWith(DirectivePrefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        var end = DirectivePrefix.Length;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        name = trimmed.Substring(DirectivePrefix.Length, end - DirectivePrefix.Length);
        value = trimmed.Substring(end).Trim();
        return name.Length > 0;
    }

    /// <summary>Reads a directive value (quoted text or null) that makes up the whole of <paramref name="value"/>.</summary>
    internal static bool TryReadValue(string value, out string? text)
    {
        text = null;
        if (value == Null)
        {
            return true;
        }

        var position = 0;
        if (value.Length == 0 || value[0] != '"' || !TryReadQuoted(value, ref position, out var quoted) || position != value.Length)
        {
            return false;
        }

        text = quoted;
        return true;
    }

    /// <summary>
    /// Reads a quoted string starting at <paramref name="position"/> (which holds the opening quote) and moves past the
    /// closing one. Returns false when the closing quote is missing; the text read so far is still given.
    /// </summary>
    internal static bool TryReadQuoted(string line, ref int position, out string text)
    {
        var result = new StringBuilder();
        var i = position + 1;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '"')
            {
                position = i + 1;
                text = result.ToString();
                return true;
            }

            if (c == '\\' && i + 1 < line.Length)
            {
                i += ReadEscape(line, i, result);
                continue;
            }

            result.Append(c);
            i++;
        }

        position = line.Length;
        text = result.ToString();
        return false;
    }

    /// <summary>Appends the character an escape at <paramref name="at"/> stands for; returns how many characters it took.</summary>
    private static int ReadEscape(string line, int at, StringBuilder result)
    {
        switch (line[at + 1])
        {
            case '\\': result.Append('\\'); return 2;
            case '"': result.Append('"'); return 2;
            case 't': result.Append('\t'); return 2;
            case 'r': result.Append('\r'); return 2;
            case 'n': result.Append('\n'); return 2;
            case 'u' when at + 6 <= line.Length
                && int.TryParse(line.Substring(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                result.Append((char)code);
                return 6;
            default:
                result.Append('\\');
                return 1;
        }
    }

    private static string QuotedString(string text)
    {
        var result = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': result.Append("\\\\"); break;
                case '"': result.Append("\\\""); break;
                case '\t': result.Append("\\t"); break;
                case '\r': result.Append("\\r"); break;
                case '\n': result.Append("\\n"); break;
                default:
                    if (IsUnsafe(text, i))
                    {
                        result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>
    /// Whether every character of a text can stand as it is in a plain line: no control character (tab included), no
    /// line or paragraph separator, no byte-order mark, no lone surrogate. Such a text also survives any encoding.
    /// </summary>
    internal static bool IsPlainSafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\t' || IsUnsafe(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnsafe(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return c < ' ' || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF';
    }
}
