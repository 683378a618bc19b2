using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Tests.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// Any few bytes flipped, inserted or deleted in a valid document: the reader never throws; it returns a report and no
/// finding, or no report and GDJ errors each at a line and column inside the document.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ByteEdits), typeof(ReportArbitraries) }, MaxTest = 200)]
public class ByteMutationProperties
{
    private static readonly byte[] Example = Encoding.UTF8.GetBytes(JsonDocuments.Example);

    [Property]
    public void The_example_mutated_loads_without_an_exception(ByteEdits edits) =>
        AssertLoads(edits.ApplyTo(Example));

    [Property]
    public void A_generated_report_mutated_loads_without_an_exception(AnnualReport report, bool indented, ByteEdits edits) =>
        AssertLoads(edits.ApplyTo(ReportJson.WriteUtf8(report, new JsonWriteOptions { Indented = indented })));

    private static void AssertLoads(byte[] document)
    {
        var result = ReportJson.Read(document);

        if (LoadOutcome.AssertWellFormed(result, document))
        {
            // What the reader accepts, however odd its spelling, is a report that survives its own round trip.
            Assert.Equal(result.Report, ReportJson.Read(ReportJson.WriteUtf8(result.Report!)).Report);
        }

        Assert.Equal(result.Findings, ReportJson.Read(new MemoryStream(document)).Findings);
    }
}
