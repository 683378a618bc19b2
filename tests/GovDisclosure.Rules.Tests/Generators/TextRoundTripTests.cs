using FsCheck.Xunit;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

/// <summary>
/// Generated reports are realistic enough for the text importer: exported as published text and imported again, nothing
/// changes. (The JSON round trip is the README's example, which runs as a test too.)
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class TextRoundTripTests
{
    [Property]
    public void A_generated_report_survives_the_published_text_round_trip(AnnualReport report)
    {
        var imported = PublishedText.Import(PublishedText.Export(report));
        Assert.Empty(imported.Findings);
        Assert.Equal(report, imported.Report);
    }
}
