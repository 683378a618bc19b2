namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Reads a figure written in prose: ASCII or full-width digits (with optional ASCII thousands separators, 1,234) or
/// Chinese numerals (十一, 一百零二, 两, 二〇二二). Plain scanning, no regular expressions, no allocation.
/// </summary>
internal static class StatedNumber
{
    // 15 digits stay below 2^53 − 1 and cannot overflow.
    private const int MaxDigits = 15;

    /// <summary>The characters that start or continue a figure: the digits of <see cref="DigitValue"/>, <see cref="ChineseDigit"/> and <see cref="ChineseUnit"/>.</summary>
    internal static readonly CharSet Numerals = new("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿");

    /// <summary>
    /// Reads the longest figure that starts at <paramref name="start"/>. <paramref name="chinese"/> tells whether it was
    /// written in Chinese numerals (which also occur inside ordinary words such as 一是 or 统一).
    /// </summary>
    internal static bool TryRead(string text, int start, int limit, out long value, out int end, out bool chinese)
    {
        value = 0;
        end = start;
        chinese = false;
        if (start >= limit)
        {
            return false;
        }

        if (DigitValue(text[start]) >= 0)
        {
            return TryReadDigits(text, start, limit, out value, out end);
        }

        chinese = true;
        return TryReadChinese(text, start, limit, out value, out end);
    }

    private static bool TryReadDigits(string text, int start, int limit, out long value, out int end)
    {
        value = 0;
        var digits = 0;
        var i = start;
        while (i < limit)
        {
            var d = DigitValue(text[i]);
            if (d >= 0)
            {
                if (++digits > MaxDigits)
                {
                    end = i;
                    return false;
                }

                value = (value * 10) + d;
                i++;
            }
            else if (text[i] == ',' && IsThreeDigits(text, i + 1, limit))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        end = i;
        return true;
    }

    private static bool IsThreeDigits(string text, int start, int limit)
    {
        if (start + 3 > limit)
        {
            return false;
        }

        for (var i = start; i < start + 3; i++)
        {
            if (DigitValue(text[i]) < 0)
            {
                return false;
            }
        }

        return start + 3 == limit || DigitValue(text[start + 3]) < 0;
    }

    private static bool TryReadChinese(string text, int start, int limit, out long value, out int end)
    {
        long total = 0;      // completed 万 and 亿 groups
        long section = 0;    // the group under way (below 万)
        long pending = 0;    // digits not yet multiplied by a unit
        var sawDigit = false;
        var sawAnyDigit = false;
        value = 0;
        var i = start;
        for (; i < limit; i++)
        {
            var c = text[i];
            var digit = ChineseDigit(c);
            if (digit >= 0)
            {
                // Consecutive digits without a unit read positionally, as in 二〇二二.
                pending = sawDigit ? (pending * 10) + digit : digit;
                sawDigit = true;
                sawAnyDigit = true;
                if (pending > FigureLimit)
                {
                    end = i;
                    return false;
                }

                continue;
            }

            var unit = ChineseUnit(c);
            if (unit == 0)
            {
                break;
            }

            // 十 alone means 一十.
            var multiplier = unit == 10 && !sawDigit ? 1 : pending;
            sawAnyDigit |= unit == 10;
            var group = unit < 10_000 ? multiplier : unit == 10_000 ? section + pending : total + section + pending;
            if (group > FigureLimit / unit)
            {
                end = i;
                return false;
            }

            if (unit < 10_000)
            {
                section += group * unit;
            }
            else if (unit == 10_000)
            {
                total += group * unit;
                section = 0;
            }
            else
            {
                total = group * unit;
                section = 0;
            }

            pending = 0;
            sawDigit = false;
        }

        end = i;
        value = total + section + pending;

        // A run such as 万 or 百 alone (上万件, 百件) states no figure.
        return i > start && sawAnyDigit && value <= FigureLimit;
    }

    // Larger than any count a report may hold (2^53 − 1), small enough that no product overflows.
    private const long FigureLimit = GovDisclosure.Rules.Form.ReportForm.MaxCount;

    private static int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : c is >= '０' and <= '９' ? c - '０' : -1;

    private static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static long ChineseUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };
}
