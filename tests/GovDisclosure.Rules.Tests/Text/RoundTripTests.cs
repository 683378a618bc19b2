using System.Text;
using FsCheck.Xunit;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

public class RoundTripTests
{
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void A_consistent_report_survives_export_and_import(AnnualReport report)
    {
        var result = PublishedText.Import(PublishedText.Export(report));
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        SeedText.AssertSameReport(report, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(AnyReport) }, MaxTest = 300)]
    public void Any_report_survives_export_and_import(AnnualReport report)
    {
        var result = PublishedText.Import(PublishedText.Export(report));
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        SeedText.AssertSameReport(report, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(AnyReport) })]
    public void Any_report_survives_export_to_bytes_in_every_encoding_and_import(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        foreach (var encoding in Encodings.All)
        {
            var result = PublishedText.Import(Encodings.Bytes(text, encoding));
            Assert.False(result.HasErrors, encoding.WebName + "\n" + string.Join("\n", result.Findings));
            SeedText.AssertSameReport(report, result.Report);
        }
    }
}
