using System.Globalization;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The title of a published report, such as “哈尔滨市科学技术局 2022 年政府信息公开 工作年度报告”: the agency's name and the year.
/// </summary>
internal static class TitleLine
{
    /// <summary>The words that close the title, after the year.</summary>
    internal const string Ending = "年政府信息公开工作年度报告";

    /// <summary>Every title says it is a report.</summary>
    private const string ReportWord = "报告";

    /// <summary>The words after which a year-first title names the agency no more.</summary>
    private const string SubjectWord = "政府信息公开";

    private const string ChineseNumerals = "〇零一二三四五六七八九";
    private const int MaxTitleLength = 120;
    private const int MaxYearDigits = 9;

    /// <summary>The directive that stands for a title plain text cannot give exactly.</summary>
    internal const string DirectiveName = "title";

    /// <summary>The canonical title.</summary>
    internal static string Format(string agency, int year) => agency + " " + year.ToString(CultureInfo.InvariantCulture) + " " + Ending;

    /// <summary>Whether a line could be (part of) a title: short, not a sentence, not an escaped line, not a heading.</summary>
    internal static bool IsCandidate(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.Length <= MaxTitleLength && trimmed[0] != '\\' && !HasNonTitleMark(trimmed)
            && !Headings.IsHeading(trimmed);
    }

    // A sentence (。，：《), a breadcrumb (> › »): never a title, though it names a report (“根据《条例》…现将…报告如下：”,
    // “当前位置：首页 > 政府信息公开年报 >”).
    private static bool HasNonTitleMark(string line)
    {
        foreach (var raw in line)
        {
            if (Wording.Fold(raw) is '。' or ',' or ':' or '《' or '>' or '›' or '»')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The year of a line that gives only a year: “2023年”, “（2023年度）”; null for any other line.</summary>
    internal static int? YearOnly(string line)
    {
        var key = Wording.Key(line);
        var start = key.Length > 0 && key[0] == '(' ? 1 : 0;
        var end = key.Length - (key.Length > start && key[key.Length - 1] == ')' ? 1 : 0);
        end -= end - start > 1 && key[end - 1] == '度' ? 1 : 0;
        if (end - start < 2 || key[end - 1] != '年')
        {
            return null;
        }

        var year = 0;
        for (var i = start; i < end - 1; i++)
        {
            if (!Wording.IsAsciiDigit(key[i]) || i - start >= MaxYearDigits)
            {
                return null;
            }

            year = (year * 10) + (key[i] - '0');
        }

        return year;
    }

    /// <summary>A title without the prefix a PDF viewer puts before copied text: “Page 8 -”, “Page 8 of 20 –”.</summary>
    internal static string WithoutViewerPrefix(string line)
    {
        const string page = "Page";
        if (!line.StartsWith(page, System.StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        var i = SkipDigits(line, SkipSpaces(line, page.Length));
        if (line.Length > i + 3 && string.Compare(line, SkipSpaces(line, i), "of", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0)
        {
            i = SkipDigits(line, SkipSpaces(line, SkipSpaces(line, i) + 2));
        }

        i = SkipSpaces(line, i);
        return i < line.Length && line[i] is '-' or '–' or '—' or ':' ? line.Substring(i + 1).Trim() : line;
    }

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipDigits(string line, int i)
    {
        while (i < line.Length && Wording.IsDigit(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether a candidate line says it is a report (ignoring spaces inside 报 告).</summary>
    internal static bool NamesReport(string line) => Wording.Key(line).IndexOf(ReportWord, System.StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Reads the agency and the year from a title. The year is the first run of digits (or four Chinese numerals, 二〇二二)
    /// followed by 年; the agency is what comes before it, or — when the title starts with the year — what comes between
    /// 年(度) and 政府信息公开. Spaces touching Chinese characters are dropped (<see cref="Wording.CompactSpacing"/>).
    /// </summary>
    internal static (string? Agency, int? Year) Parse(string title)
    {
        var text = Wording.CompactSpacing(Wording.WithoutMarkdownMarks(WithoutViewerPrefix(title.Trim())));

        // Words are looked for in the folded text (traditional characters read as simplified); names are cut from the text as written.
        var folded = Wording.FoldAll(text);
        if (!TryFindYear(text, out var start, out var end, out var year))
        {
            var before = folded.IndexOf(SubjectWord, System.StringComparison.Ordinal);
            return (before > 0 ? NullIfEmpty(text.Substring(0, before).Trim()) : null, null);
        }

        if (start > 0)
        {
            return (NullIfEmpty(text.Substring(0, start).Trim()), year);
        }

        var after = end + 1 < text.Length && text[end + 1] == '度' ? end + 2 : end + 1;
        var subject = folded.IndexOf(SubjectWord, after, System.StringComparison.Ordinal);
        return (subject < 0 ? null : NullIfEmpty(text.Substring(after, subject - after).Trim()), year);
    }

    /// <summary>Reads a title directive: <c>\@title 2022 "name"</c>.</summary>
    internal static bool TryReadDirective(string value, out string agency, out int year)
    {
        agency = "";
        year = 0;
        var space = value.IndexOf(' ');
        if (space < 0 || !int.TryParse(value.Substring(0, space), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out year))
        {
            return false;
        }

        if (!EscapedLine.TryReadValue(value.Substring(space + 1).Trim(), out var name) || name is null)
        {
            return false;
        }

        agency = name;
        return true;
    }

    /// <summary>Writes a title directive.</summary>
    internal static string Directive(string agency, int year) =>
        EscapedLine.Directive(DirectiveName, year.ToString(CultureInfo.InvariantCulture) + " " + EscapedLine.Value(agency));

    /// <summary>Whether a line, standing first in a document, is read back as exactly this agency and year.</summary>
    internal static bool ReadsAs(string line, string agency, int year)
    {
        if (!EscapedLine.IsPlainSafe(line) || !IsCandidate(line) || !NamesReport(line))
        {
            return false;
        }

        var (parsedAgency, parsedYear) = Parse(line);
        return parsedAgency == agency && parsedYear == year;
    }

    private static bool TryFindYear(string text, out int start, out int end, out int year)
    {
        year = 0;
        for (start = 0; start < text.Length; start = end + 1)
        {
            end = start;
            if (Wording.IsDigit(text[start]))
            {
                while (end + 1 < text.Length && Wording.IsDigit(text[end + 1]))
                {
                    end++;
                }

                if (end + 1 < text.Length && text[end + 1] == '年' && end - start < MaxYearDigits)
                {
                    year = ReadDigits(text, start, end);
                    end++;
                    return true;
                }
            }
            else if (ChineseNumerals.IndexOf(text[start]) >= 0)
            {
                while (end + 1 < text.Length && ChineseNumerals.IndexOf(text[end + 1]) >= 0)
                {
                    end++;
                }

                if (end - start == 3 && end + 1 < text.Length && text[end + 1] == '年')
                {
                    year = ReadNumerals(text, start);
                    end++;
                    return true;
                }
            }
        }

        end = 0;
        return false;
    }

    private static int ReadDigits(string text, int start, int end)
    {
        var value = 0;
        for (var i = start; i <= end; i++)
        {
            value = (value * 10) + (Wording.Fold(text[i]) - '0');
        }

        return value;
    }

    private static int ReadNumerals(string text, int start)
    {
        var value = 0;
        for (var i = start; i < start + 4; i++)
        {
            // 〇 and 零 are both zero; the rest are in order from 一 = 1.
            var index = ChineseNumerals.IndexOf(text[i]);
            value = (value * 10) + (index <= 1 ? 0 : index - 1);
        }

        return value;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
