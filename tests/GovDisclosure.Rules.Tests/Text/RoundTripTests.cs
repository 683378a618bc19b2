using FsCheck.Xunit;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Import(Export(r)) == r for any report whose figures lie in the form's ranges (generated consistent reports are covered by
/// Generators/TextRoundTripTests), as a string and as the bytes of every supported encoding.
/// </summary>
public class RoundTripTests
{
    [Property(Arbitrary = new[] { typeof(AnyReport) }, MaxTest = 300)]
    public void Any_report_survives_export_and_import(AnnualReport report)
    {
        var result = PublishedText.Import(PublishedText.Export(report));
        Assert.Empty(result.Findings);
        SeedText.AssertSameReport(report, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(AnyReport) })]
    public void Any_report_survives_export_to_bytes_in_every_encoding_and_import(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        foreach (var encoding in Encodings.All)
        {
            var result = PublishedText.Import(Encodings.Bytes(text, encoding));
            Assert.Empty(result.Findings);
            SeedText.AssertSameReport(report, result.Report);
        }
    }
}
