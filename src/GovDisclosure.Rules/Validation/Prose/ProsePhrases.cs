namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// The words the prose rules GD401–GD403 recognise, as data: the rules read them, and the rule catalogue's (docs/rules.md) list of recognised
/// phrases is generated from them. See each rule for how the words combine.
/// </summary>
internal static class ProsePhrases
{
    // ---- GD401: "received N applications". ----

    /// <summary>Verbs that introduce the number of applications received: 共收到…申请11件, 新收…申请十一件, 受理…11件.</summary>
    internal static readonly string[] ReceivedVerbs = ["收到", "新收", "受理", "接收", "接到"];

    /// <summary>The word that must appear between the verb and the figure, or right after the figure's 件.</summary>
    internal const string Application = "申请";

    /// <summary>The measure word of a count of applications.</summary>
    internal const char Piece = '件';

    /// <summary>Words that, right before the verb, negate it: 未收到…申请 states that none was received; 不予受理 is an outcome, not a receipt.</summary>
    internal static readonly string[] ReceivedNegations = ["未", "没有", "尚未", "不予", "不"];

    /// <summary>Verbs whose negation (未收到, 没有接到) states that no application was received.</summary>
    internal static readonly string[] NoneReceivedVerbs = ["收到", "接到", "接收"];

    /// <summary>Words that open a clause carrying the figure of the clause before: 收到…申请，共计11件.</summary>
    internal static readonly string[] TotalLeads = ["共", "合计", "总计", "累计"];

    /// <summary>Words before the verb, in its sentence, that make it a part, not the whole: 其中，网上收到5件.</summary>
    internal static readonly string[] PartMarkers = ["其中"];

    /// <summary>A word between the verb and the figure that makes the verb a time (收到申请后…答复8件), not a receipt.</summary>
    internal const string Afterwards = "后";

    /// <summary>Characters after a figure that make it a date, not a count: 2022年.</summary>
    internal const string DateUnits = "年月日号";

    /// <summary>Characters before a figure that make it approximate, so that it is not compared: 约10件, 近百件, 数十件.</summary>
    internal const string Approximations = "约近逾过数几上余多";

    /// <summary>The most characters between the verb and the figure.</summary>
    internal const int MaxDistance = 40;

    // ---- GD402: "all applications were concluded". ----

    /// <summary>The verb "concluded".</summary>
    internal const string Concluded = "办结";

    /// <summary>Words that, in the clause before 办结, make it universal: 全部办结, 均已办结, 已全部依法依规办结, 全部按时办结.</summary>
    internal static readonly string[] AllWords = ["全部", "均", "一律", "全数"];

    /// <summary>A completion rate of 100% also says every application was concluded: 办结率100%.</summary>
    internal const string Rate = "率";

    /// <summary>The spellings of a full rate: 100%, 100％, 百分之百.</summary>
    internal static readonly string[] FullRates = ["100%", "100％", "１００％", "百分之百"];

    /// <summary>Words that, in the clause before 办结, negate it: 未全部办结, 尚未办结, 没有办结, 不能全部办结.</summary>
    internal static readonly string[] ConcludedNegations = ["未", "没", "不", "尚"];

    /// <summary>Words that, anywhere in the same text, explain applications carried forward: 1件结转下年度.</summary>
    internal static readonly string[] CarryForwardWords = ["结转", "转入下一年度", "转入下年度", "正在办理", "仍在办理", "尚在办理"];

    // ---- GD403: "no review or litigation occurred". ----

    /// <summary>
    /// Words that deny cases in the rest of their clause: 未发生…行政复议…行政诉讼, 无…行政复议和行政诉讼, 未被申请行政复议,
    /// 没有发生行政诉讼. 无 does not count in 无论 or 无法.
    /// </summary>
    internal static readonly string[] NoCaseNegations = ["未发生", "没有发生", "未出现", "没有出现", "未被", "未有", "未收到", "未接到", "没有", "无"];

    /// <summary>Words that, after 无, make it something else: 无论, 无法.</summary>
    internal static readonly string[] NotNegations = ["无论", "无法"];

    /// <summary>The word for administrative review; 未经复议 and 复议后 qualify litigation instead.</summary>
    internal const string Review = "复议";

    /// <summary>The words for litigation.</summary>
    internal static readonly string[] LitigationWords = ["诉讼", "起诉"];

    /// <summary>Words before the negation that make the clause an aim, not a fact: 确保无行政复议, 力争不发生.</summary>
    internal static readonly string[] AimWords = ["确保", "力争", "避免", "防止", "杜绝", "争取", "努力", "减少", "降低"];

    // ---- GD402 and GD403. ----

    /// <summary>Words that, in the same sentence, make the statement about the rest only: 其余均已办结, 未发生其他行政复议.</summary>
    internal static readonly string[] RemainderWords = ["其余", "其他", "其它", "剩余", "余下", "除"];
}
