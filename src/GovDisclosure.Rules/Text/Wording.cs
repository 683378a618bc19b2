using System.Collections.Generic;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The one place where published wording is normalised for matching: full- and half-width forms, brackets, quotes,
/// white space, digits; and the small character classes the importer relies on.
/// </summary>
internal static class Wording
{
    // Traditional characters of the form's headings, labels and titles, each followed by its simplified form: a mirror
    // site converts whole pages, and the same report must match the same form.
    private const string TraditionalPairs = "萬万為为舉举業业會会體体內内決决況况辦办務务動动區区單单發发臺台後后國国處处復复複复審审屬属廢废開开強强當当總总執执護护報报數数無无機机權权條条構构沒没現现電电監监確确稱称穩稳類类係系糾纠納纳組组織织經经結结繼继續续維维繳缴網网罰罚聯联範范獲获補补規规計计認认議议許许訟讼設设訪访訴诉話话詢询請请費费轉转過过這这進进問问項项須须題题額额門门戶户與与從从應应對对時时間间統统縣县鎮镇長长書书號号廳厅員员農农衛卫環环財财資资質质製制於于訊讯閱阅覽览視视頻频錄录檔档稅税勞劳險险緒绪屆届準准標标寫写實实際际歷历擁拥達达負负責责廣广東东華华藝艺聽听說说讀读擊击遞递獨独樂乐學学習习關关閉闭歸归盡尽擔担據据雖虽觀观歲岁齡龄黨党並并兩两個个們们來来麼么讓让產产參参眾众將将專专職职營营級级";

    private static readonly Dictionary<char, char> Simplified = Pairs(TraditionalPairs);

    /// <summary>
    /// Folds one character for matching: full-width ASCII to ASCII (so （ → (, ， → ,, ０ → 0), every curly double quote
    /// to ", every curly single quote to ', a traditional character of the form's wording to its simplified form (報 → 报).
    /// </summary>
    internal static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (c >= '\u4E00' && Simplified.TryGetValue(c, out var simplified))
        {
            return simplified;
        }

        return c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u301D' or '\u301E' => '"',
            '\u2018' or '\u2019' => '\'',
            _ => c,
        };
    }

    /// <summary>
    /// The matching key of a label or heading: white space dropped, characters folded, and the 、 of an Arabic ordinal
    /// read as a dot (1、 = 1.). Keys of the form definition and of published lines are made by this one function.
    /// </summary>
    internal static string Key(string text)
    {
        ScanWork.Add(text.Length);
        var key = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = Fold(raw);
            if (c == '、' && key.Length > 0 && IsAsciiDigit(key[key.Length - 1]))
            {
                c = '.';
            }

            key.Append(c);
        }

        return key.ToString();
    }

    /// <summary>Every character of a text folded (<see cref="Fold(char)"/>); the same length, so indexes carry over.</summary>
    internal static string FoldAll(string text)
    {
        ScanWork.Add(text.Length);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(Fold(c));
        }

        return folded.ToString();
    }

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }

    /// <summary>The index of the first character at or after <paramref name="i"/> that is not white space.</summary>
    internal static int SkipSpace(string line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The key of several cells read as one label.</summary>
    internal static string Key(IReadOnlyList<string> cells) => Key(string.Concat(cells));

    /// <summary>Drops trailing punctuation a heading may carry (：:。.;；) from a key.</summary>
    internal static string WithoutTrailingPunctuation(string key)
    {
        var end = key.Length;
        while (end > 0 && key[end - 1] is ':' or '。' or '.' or ';')
        {
            end--;
        }

        return key.Substring(0, end);
    }

    /// <summary>Whether a key holds sentence punctuation inside it (so it is a sentence, not a heading).</summary>
    internal static bool HasSentencePunctuation(string key)
    {
        foreach (var c in key)
        {
            if (c is '。' or ',' or ';' or ':' or '!' or '?')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An ASCII digit 0–9.</summary>
    internal static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

    /// <summary>An ASCII or full-width digit.</summary>
    internal static bool IsDigit(char c) => IsAsciiDigit(c) || (c >= '\uFF10' && c <= '\uFF19');

    /// <summary>Whether the text holds any ASCII or full-width digit (headings never do; table rows do).</summary>
    internal static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A wide (CJK or full-width) character, next to which a space is only layout.</summary>
    internal static bool IsWide(char c) => c >= '\u2E80' && !char.IsWhiteSpace(c);

    /// <summary>
    /// Trims, and drops every run of white space that touches a wide character: "中山路 181 号" → "中山路181号",
    /// while "Room 5" keeps its space. Used for the agency name and its address, phone and website.
    /// </summary>
    internal static string CompactSpacing(string text)
    {
        var trimmed = text.Trim();
        var result = new StringBuilder(trimmed.Length);
        var i = 0;
        while (i < trimmed.Length)
        {
            if (!char.IsWhiteSpace(trimmed[i]))
            {
                result.Append(trimmed[i++]);
                continue;
            }

            var end = i;
            while (end < trimmed.Length && char.IsWhiteSpace(trimmed[end]))
            {
                end++;
            }

            // Inside a trimmed string a run always has a character on both sides.
            if (!IsWide(trimmed[i - 1]) && !IsWide(trimmed[end]))
            {
                result.Append(trimmed, i, end - i);
            }

            i = end;
        }

        return result.ToString();
    }

    /// <summary>
    /// Whether a paragraph line ends a sentence: its last character, past closing quotes and brackets, is one of
    /// 。！？；：… (or their ASCII forms). A line that does not is a paragraph broken by the extraction.
    /// </summary>
    internal static bool EndsSentence(string line)
    {
        var i = line.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(line[i]) || IsClosingMark(Fold(line[i]))))
        {
            i--;
        }

        return i >= 0 && Fold(line[i]) is '。' or '!' or '?' or ';' or ':' or '…' or '.';
    }

    private static bool IsClosingMark(char folded) => folded is '"' or '\'' or ')' or ']' or '」' or '』' or '】' or '》' or '〉' or '〕';

    /// <summary>Removes Markdown heading marks (leading #) and bold marks (** around the text) from a trimmed line.</summary>
    internal static string WithoutMarkdownMarks(string trimmed)
    {
        var start = 0;
        while (start < trimmed.Length && trimmed[start] == '#')
        {
            start++;
        }

        var end = trimmed.Length;
        while (start < end && (char.IsWhiteSpace(trimmed[start]) || trimmed[start] == '*'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(trimmed[end - 1]) || trimmed[end - 1] == '*'))
        {
            end--;
        }

        return start == 0 && end == trimmed.Length ? trimmed : trimmed.Substring(start, end - start);
    }
}
