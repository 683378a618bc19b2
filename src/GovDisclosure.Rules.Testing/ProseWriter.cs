using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Writes the prose of a report from its figures: the overview covers the five topics (each sub-section names its topic),
/// states the applications received, says "已全部办结" only when nothing is carried forward and "未发生行政复议和行政诉讼"
/// only when table C is empty. Plain phrasings and ASCII digits, so that the prose rules (GD401–GD403) read them.
/// </summary>
internal static class ProseWriter
{
    // The phrases the prose rules look for; the generators say them only when the tables agree.
    internal const string AllConcluded = "已全部办结";
    internal const string NoCases = "未发生行政复议和行政诉讼";

    private static readonly IReadOnlyList<OverviewTopic> Topics = ReportForm.OverviewTopics;

    // The outcome rows by group (（一）予以公开 … （六）其他处理), named as the form prints them.
    private static readonly (string Name, FormCell[] Totals)[] OutcomeGroups = ReportForm.OutcomeDetailRows
        .GroupBy(r => r.LabelPath[1])
        .Select(g => (Name: g.Count() == 1 ? g.First().ShortLabel : g.Key.Substring(g.Key.IndexOf('）') + 1), Totals: g.Select(Total).ToArray()))
        .ToArray();

    /// <summary>Returns the report with its preamble, overview, 五 and 六 written from its figures.</summary>
    public static AnnualReport Write(AnnualReport report, Wording wording) => Write(report, wording, ProseClaims.Of(report, wording));

    /// <summary>Returns the report with its prose written from its figures, making the given claims about them.</summary>
    public static AnnualReport Write(AnnualReport report, Wording wording, ProseClaims claims) => report with
    {
        Preamble = Preamble(report, wording),
        Overview = new Overview
        {
            Summary = Summary(report, wording),
            ProactiveDisclosure = ProactiveDisclosure(report, wording),
            RequestedDisclosure = RequestedDisclosure(report, wording, claims),
            InformationManagement = InformationManagement(wording),
            PlatformBuilding = PlatformBuilding(wording),
            Oversight = Oversight(report, wording, claims),
        },
        ProblemsAndImprovements = ProblemsAndImprovements(report, wording),
        OtherMatters = OtherMatters(report, wording),
    };

    private static string RequestedDisclosure(AnnualReport report, Wording wording, ProseClaims claims)
    {
        var withCarriedOver = claims.StatedReceived != ProseClaims.Received(report);
        var statement = (withCarriedOver ? "连同上年度转来的申请，" : wording.Pick(Sentence.Requested, "本年度", "全年", "本年"))
            + $"共收到政府信息公开申请{N(claims.StatedReceived)}件";
        var keyword = Topics[1].Keyword;
        var opening = wording.Pick(Sentence.Requested,
            $"{keyword}方面，{statement}。",
            $"严格按照法定程序和时限做好{keyword}工作，{statement}。",
            $"畅通{keyword}渠道，规范受理、登记、答复各环节，{statement}。");

        var outcomes = OutcomeGroups
            .Select(g => (g.Name, Count: g.Totals.Sum(c => c.GetCount(report))))
            .Where(g => g.Count > 0)
            .Select(g => $"{g.Name}{N(g.Count)}件")
            .ToArray();
        var outcomeSentence = outcomes.Length == 0 ? "" : wording.Pick(Sentence.RequestedOutcomes, "办理结果中，", "从办理结果看，") + string.Join("，", outcomes) + "。";

        var carriedForward = ProseClaims.CarriedForward(report);
        var concluded = claims.AllConcluded
            ? wording.Pick(Sentence.Concluded, $"上述申请{AllConcluded}。", $"截至年底，申请{AllConcluded}，未超过法定答复期限。")
            : carriedForward > 0
                ? wording.Pick(Sentence.Concluded, $"另有{N(carriedForward)}件结转下年度继续办理。", $"结转下年度继续办理{N(carriedForward)}件。")
                : "";
        return opening + outcomeSentence + concluded;
    }

    private static string Preamble(AnnualReport report, Wording wording) => wording.Pick(Sentence.Preamble,
        $"本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式要求编制。本报告中使用数据统计期限为{report.Year}年1月1日至{report.Year}年12月31日。",
        $"按照《中华人民共和国政府信息公开条例》规定，现公布{report.Agency.Name}{report.Year}年度政府信息公开工作年度报告。报告所列数据的统计期限自{report.Year}年1月1日起至12月31日止。",
        $"本年度报告由{report.Agency.Name}依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。");

    private static string Summary(AnnualReport report, Wording wording) =>
        wording.Pick(Sentence.Summary,
            $"{report.Year}年，{report.Agency.Name}坚持以人民为中心的发展思想，认真贯彻落实《中华人民共和国政府信息公开条例》，将政务公开作为推进法治政府建设的重要抓手。",
            $"{report.Year}年，{report.Agency.Name}深入贯彻党中央、国务院关于全面推进政务公开的决策部署，围绕中心工作，持续提升政务公开质量和实效。",
            $"过去一年，{report.Agency.Name}按照上级政务公开工作要点，细化任务分工，压实工作责任，推动政务公开工作制度化、规范化。",
            $"{report.Year}年度，{report.Agency.Name}紧扣本部门职责，坚持公开为常态、不公开为例外，政务公开工作取得新进展。")
        + wording.Pick(Sentence.SummaryClose,
            "现将有关情况报告如下。",
            "各项工作有序推进，具体情况如下。",
            "全年工作情况概述如下。");

    private static string ProactiveDisclosure(AnnualReport report, Wording wording)
    {
        var keyword = Topics[0].Keyword;
        var published = wording.Number(Sentence.Proactive, 30, 2_400);
        var normative = ReportForm.NormativeDocuments.Cells;
        var documents = $"制发行政规范性文件{N(normative[0].GetCount(report))}件，废止{N(normative[1].GetCount(report))}件，现行有效{N(normative[2].GetCount(report))}件";
        return wording.Pick(Sentence.Proactive,
            $"{keyword}方面，本年度通过门户网站{keyword}政府信息{N(published)}条，{documents}。",
            $"坚持以{keyword}为主渠道，全年累计{keyword}各类政府信息{N(published)}条；{documents}。",
            $"围绕重点领域深化{keyword}，更新发布政策文件、工作动态等信息{N(published)}条，{documents}。")
            + wording.Pick(Sentence.ProactiveChannels,
            "同时做好政策解读，以图文、问答等形式解读重要政策。",
            "通过政务新媒体同步推送重要信息，扩大信息传播覆盖面。",
            "按时更新机构职能、权责清单等基础信息。");
    }

    private static string InformationManagement(Wording wording) => TopicSentence(wording, Topics[2], Sentence.Management, 10, 600,
        "加强{0}，严格落实公开前保密审查制度，全年审查拟公开信息{1}条，未发生泄密事件。",
        "规范{0}工作，动态更新政府信息公开目录，对{1}份文件逐一确定公开属性。",
        "健全{0}制度，开展行政规范性文件清理，梳理存量文件{1}件并及时调整公开属性。");

    private static string PlatformBuilding(Wording wording) => TopicSentence(wording, Topics[3], Sentence.Platform, 3, 40,
        "政府信息公开{0}方面，优化门户网站政府信息公开专栏，新增和调整栏目{1}个，提升检索便利度。",
        "持续推进{0}，完成网站适老化和无障碍改造，整合栏目{1}个。",
        "以门户网站为主平台推进{0}，同步运维政务新媒体账号{1}个，做到信息发布及时准确。");

    private static string Oversight(AnnualReport report, Wording wording, ProseClaims claims)
    {
        var cases = ReportForm.ReviewsAndLitigationTable.Rows.Select(r => Total(r).GetCount(report)).ToArray();
        var caseSentence = claims.NoCases
            ? wording.Pick(Sentence.Cases, $"本年度{NoCases}。", $"全年{NoCases}案件。")
            : wording.Pick(Sentence.Cases,
                $"本年度涉及政府信息公开的行政复议案件{N(cases[0])}件、行政诉讼案件{N(cases.Skip(1).Sum())}件，已依法妥善应对。",
                $"全年因政府信息公开工作引发行政复议{N(cases[0])}件、行政诉讼{N(cases.Skip(1).Sum())}件，均认真答复、积极应诉。");
        return TopicSentence(wording, Topics[4], Sentence.Oversight, 1, 12,
            "强化{0}，将政务公开纳入年度绩效考核，组织业务培训{1}次。",
            "完善{0}机制，明确分管领导和专职人员，全年开展专题培训{1}次。",
            "落实{0}措施，定期开展自查整改，组织学习交流{1}次。")
            + caseSentence;
    }

    // A sentence that names its topic ({0}) and states a figure of the prose's own ({1}).
    private static string TopicSentence(Wording wording, OverviewTopic topic, Sentence sentence, int min, int max, params string[] phrasings) =>
        string.Format(CultureInfo.InvariantCulture, wording.Pick(sentence, phrasings), topic.Keyword, N(wording.Number(sentence, min, max)));

    private static string ProblemsAndImprovements(AnnualReport report, Wording wording) =>
        wording.Pick(Sentence.Problems,
            $"{report.Year}年工作中仍存在一些不足：政策解读形式较为单一，部分栏目信息更新不够及时。",
            "一是公开内容的深度和广度有待拓展；二是工作人员业务能力需进一步提升。",
            "当前存在的主要问题是基层单位公开标准不够统一，公众参与渠道仍需拓宽。")
        + "\n"
        + wording.Pick(Sentence.Improvements,
            $"{report.Year + 1}年，将丰富解读形式，建立栏目更新提醒机制，确保信息及时准确发布。",
            "下一步，将加强业务培训，细化公开标准，推动工作提质增效。",
            "改进措施方面，将制定统一的公开指引，畅通意见征集渠道，主动回应社会关切。");

    private static string OtherMatters(AnnualReport report, Wording wording)
    {
        var yuan = wording.Number(Sentence.Fees, 0, 3) == 0 ? wording.Number(Sentence.OtherMatters, 50, 900) : 0;
        var fees = yuan > 0
            ? wording.Pick(Sentence.Fees,
                $"依据《政府信息公开信息处理费管理办法》，本年度收取信息处理费{N(yuan)}元。",
                $"本年度共收取政府信息公开信息处理费{N(yuan)}元，均按规定标准收取。")
            : wording.Pick(Sentence.Fees, "本年度未收取信息处理费。", "本年度没有收取政府信息公开信息处理费。");
        return fees + wording.Pick(Sentence.OtherMatters,
            "无其他需要报告的事项。",
            $"{report.Agency.Name}按要求完成了政务公开工作要点确定的各项任务。",
            "本机关已按规定落实人大代表建议和政协提案办理结果公开工作。");
    }

    internal static FormCell Total(FormRow row) => row.Cells[row.Cells.Count - 1];

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
