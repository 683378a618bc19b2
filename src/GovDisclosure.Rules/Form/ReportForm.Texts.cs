using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

public static partial class ReportForm
{
    /// <summary>
    /// 报告中的全部文字成员，按文档顺序：机关名称、地址、电话、网址、引言、总体情况（开篇及五个小节）、五、六。
    /// Every text member of the report, in document order.
    /// </summary>
    public static IReadOnlyList<FormText> Texts => TextDefinitions.All;

    /// <summary>总体情况须涵盖的五个方面。The five topics the overview must cover.</summary>
    public static IReadOnlyList<OverviewTopic> OverviewTopics => TextDefinitions.Topics;

    /// <summary>
    /// 按 JSON Pointer 查找文字成员。Finds a text member by its JSON Pointer.
    /// </summary>
    /// <param name="pointer">如 <c>/overview/summary</c>。Such as <c>/overview/summary</c>.</param>
    /// <returns>文字成员；没有则为 null。The member, or null.</returns>
    public static FormText? FindText(string pointer)
    {
        Guard.Against.Null(pointer);
        return TextDefinitions.All.FirstOrDefault(t => t.Pointer == pointer);
    }

    /// <summary>机关名称。The agency name.</summary>
    public static FormText AgencyName => TextDefinitions.All[0];

    /// <summary>总体情况开篇段落。The overview's lead paragraphs.</summary>
    public static FormText OverviewSummary => TextDefinitions.All[5];

    /// <summary>五、存在的主要问题及改进情况。Section 五.</summary>
    public static FormText ProblemsAndImprovements => TextDefinitions.All[11];

    /// <summary>六、其他需要报告的事项。Section 六.</summary>
    public static FormText OtherMatters => TextDefinitions.All[12];

    // A nested holder so that these are built only after the tables above, whatever the order of the partial files.
    private static class TextDefinitions
    {
        private const string Overview = "一、总体情况";

        internal static readonly FormText[] All =
        [
            new(0, "/agency/name", "机关名称", "agency name", required: true, isProse: false, r => r.Agency.Name),
            new(1, "/agency/address", "联系地址", "address", required: false, isProse: false, r => r.Agency.Address),
            new(2, "/agency/phone", "联系电话", "phone", required: false, isProse: false, r => r.Agency.Phone),
            new(3, "/agency/website", "网址", "website", required: false, isProse: false, r => r.Agency.Website),
            new(4, "/preamble", "引言", "preamble", required: false, isProse: true, r => r.Preamble),
            new(5, "/overview/summary", Overview, "overview", required: true, isProse: true, r => r.Overview.Summary),
            new(6, "/overview/proactiveDisclosure", Overview + " › （一）主动公开情况", "overview › proactive disclosure", required: false, isProse: true, r => r.Overview.ProactiveDisclosure),
            new(7, "/overview/requestedDisclosure", Overview + " › （二）依申请公开情况", "overview › disclosure on request", required: false, isProse: true, r => r.Overview.RequestedDisclosure),
            new(8, "/overview/informationManagement", Overview + " › （三）政府信息管理情况", "overview › information management", required: false, isProse: true, r => r.Overview.InformationManagement),
            new(9, "/overview/platformBuilding", Overview + " › （四）政府信息公开平台建设情况", "overview › platform building", required: false, isProse: true, r => r.Overview.PlatformBuilding),
            new(10, "/overview/oversight", Overview + " › （五）监督保障情况", "overview › oversight", required: false, isProse: true, r => r.Overview.Oversight),
            new(11, "/problemsAndImprovements", ProblemsAndImprovementsSection.Title, "problems and improvements", required: true, isProse: true, r => r.ProblemsAndImprovements),
            new(12, "/otherMatters", OtherMattersSection.Title, "other matters", required: true, isProse: true, r => r.OtherMatters),
        ];

        internal static readonly OverviewTopic[] Topics =
        [
            new(All[6], "（一）主动公开情况", "主动公开", "proactive disclosure"),
            new(All[7], "（二）依申请公开情况", "依申请公开", "disclosure on request"),
            new(All[8], "（三）政府信息管理情况", "政府信息管理", "information management"),
            new(All[9], "（四）政府信息公开平台建设情况", "平台建设", "platform building"),
            new(All[10], "（五）监督保障情况", "监督保障", "oversight"),
        ];
    }
}
