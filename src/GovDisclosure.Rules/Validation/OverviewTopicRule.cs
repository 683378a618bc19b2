using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Validation;

/// <summary>
/// GD004: one of the five topics of the overview (<see cref="ReportForm.OverviewTopics"/>) is missing — its sub-section is
/// absent or empty AND no part of the overview names its keyword (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障).
/// One finding per missing topic, at <c>/overview</c>, with the sub-section as related.
/// </summary>
internal sealed class OverviewTopicRule : ReportRule
{
    private static readonly OverviewTopic[] Topics = ReportForm.OverviewTopics.ToArray();
    private static readonly string[][] Related = Topics.Select(t => new[] { t.SubSection.Pointer }).ToArray();

    internal OverviewTopicRule()
        : base(ReportRules.OverviewTopicMissing)
    {
    }

    public override void Check(RuleContext context)
    {
        var report = context.Report;
        for (var i = 0; i < Topics.Length; i++)
        {
            var topic = Topics[i];
            if (!string.IsNullOrWhiteSpace(topic.SubSection.Text(report)) || OverviewText.Names(report, topic.Keyword))
            {
                continue;
            }

            var message = context.Format(new Labels(topic.Keyword, topic.EnglishName), new Labels(topic.Heading, topic.SubSection.EnglishLabel));
            context.ReportFinding(ReportForm.OverviewSection.Pointer, message, Related[i]);
        }
    }
}
