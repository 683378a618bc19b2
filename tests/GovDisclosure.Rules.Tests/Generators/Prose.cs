using System.Globalization;
using Xunit;
using System.Linq;
using System.Text.RegularExpressions;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Tests.Generators;

/// <summary>Reads what generated prose claims, for tests that check it agrees with the tables.</summary>
internal static class Prose
{
    private static readonly Regex ReceivedStatement = new(@"共收到政府信息公开申请(\d+)件");

    public static string Overview(AnnualReport report) =>
        string.Join("\n", ReportForm.Texts.Where(t => t.Pointer.StartsWith("/overview/", System.StringComparison.Ordinal)).Select(t => t.GetText(report) ?? ""));

    public static string All(AnnualReport report) => string.Join("\n", ReportForm.Texts.Where(t => t.IsProse).Select(t => t.GetText(report) ?? ""));

    public static long StatedReceived(AnnualReport report)
    {
        var matches = ReceivedStatement.Matches(Overview(report));
        Assert.Single(matches);
        return long.Parse(matches[0].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static long Received(AnnualReport report) => report.Applications.Received.Total;

    public static long CarriedOver(AnnualReport report) => report.Applications.CarriedOver.Total;

    public static long CarriedForward(AnnualReport report) => report.Applications.CarriedForward.Total;

    public static long Cases(AnnualReport report) =>
        report.ReviewsAndLitigation.AdministrativeReview.Total + report.ReviewsAndLitigation.LitigationWithoutReview.Total + report.ReviewsAndLitigation.LitigationAfterReview.Total;

    public static bool SaysAllConcluded(AnnualReport report) => All(report).Contains("全部办结");

    public static bool SaysNoCases(AnnualReport report) => All(report).Contains("未发生行政复议和行政诉讼");
}
