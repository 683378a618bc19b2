using System.Globalization;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>The words of a GD601 message after the template's "cell should be value (printed value)", in one language.</summary>
internal sealed class CorrectionWords
{
    private static readonly CorrectionWords Chinese = new(false);
    private static readonly CorrectionWords English = new(true);

    private readonly bool english;

    private CorrectionWords(bool english) => this.english = english;

    /// <summary>What joins the changes of one correction in a list of alternatives.</summary>
    internal string And => english ? " and " : "，并且";

    /// <summary>What separates rule IDs.</summary>
    internal string Separator => english ? ", " : "、";

    internal static CorrectionWords In(MessageLanguage language) => language == MessageLanguage.English ? English : Chinese;

    /// <summary>The slip that may explain the printed figure.</summary>
    internal string Slip(TypingSlip slip) => slip switch
    {
        TypingSlip.DigitsSwapped => english ? ", two digits look swapped" : "，疑为相邻两位数字颠倒",
        TypingSlip.DigitDropped => english ? ", a digit looks left out" : "，疑为漏打一位数字",
        TypingSlip.DigitDoubled => english ? ", a digit looks typed twice" : "，疑为多打一位数字",
        TypingSlip.NeighbourValue => english ? ", it looks like a neighbouring cell's figure" : "，疑为填成了相邻单元格的数",
        TypingSlip.TotalNotUpdated => english ? ", it looks like a total not updated" : "，疑为总计未随明细更新",
        _ => "",
    };

    /// <summary>The findings the change explains.</summary>
    internal string Explains(string rules, int count) => english
        ? string.Format(CultureInfo.InvariantCulture, "; this explains {0} finding(s) of {1}", count, rules)
        : string.Format(CultureInfo.InvariantCulture, "；可消除 {0} 的 {1} 条发现", rules, count);

    /// <summary>The other changes of the same correction.</summary>
    internal string Partners(string others) => english ? ", together with: " + others : "，须与以下更正一并进行：" + others;

    /// <summary>A change named in a list.</summary>
    internal string Change(string label, long value) => english
        ? label + " should be " + value.ToString(CultureInfo.InvariantCulture)
        : label + " 应为 " + value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the correction is the only one, and if not, which of how many, and the others (of <paramref name="named"/> in all, this one included).</summary>
    internal string Choice(int index, int total, int named, bool tied, string[] others)
    {
        if (total == 1)
        {
            return english ? "; this is the only smallest correction" : "；这是唯一的最小更正";
        }

        var rank = tied ? (english ? ", as likely as another" : "，与其他更正可能性相同")
            : index == 0 ? (english ? ", the likeliest" : "，最有可能")
            : "";
        var more = total > named ? (english ? ", and more" : "等") : "";
        return english
            ? string.Format(CultureInfo.InvariantCulture, "; ambiguous: {0} corrections change as few cells, this is number {1}{2}; the others: {3}{4}", total, index + 1, rank, string.Join("; ", others), more)
            : string.Format(CultureInfo.InvariantCulture, "；无法确定：有 {0} 种改动同样少的更正，此为第 {1} 种{2}；其他：{3}{4}", total, index + 1, rank, string.Join("；", others), more);
    }
}
