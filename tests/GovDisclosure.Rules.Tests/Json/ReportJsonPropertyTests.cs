using System.IO;
using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>Laws of the JSON form that hold for every report built in code.</summary>
public class ReportJsonPropertyTests
{
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void Reading_what_was_written_gives_the_report_back(AnnualReport report, bool indented, bool trimmed, int hostId, string? note)
    {
        var varied = Vary(report, trimmed, hostId, note);

        var result = ReportJson.Read(ReportJson.WriteUtf8(varied, new JsonWriteOptions { Indented = indented }));

        Assert.Empty(result.Findings);
        Assert.Equal(varied, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void The_schema_accepts_what_is_written(AnnualReport report, bool trimmed, int hostId, string? note)
    {
        var written = ReportJson.Write(Vary(report, trimmed, hostId, note), new JsonWriteOptions { SchemaReference = ReportSchema.Id });

        Assert.True(ReportSchemaTests.Evaluate(written).IsValid);
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void The_converter_and_the_reader_agree(AnnualReport report)
    {
        var options = new JsonSerializerOptions { Converters = { new ReportJsonConverter() } };

        var serialized = JsonSerializer.Serialize(report, options);

        Assert.Equal(report, JsonSerializer.Deserialize<AnnualReport>(serialized, options));
        Assert.Equal(report, ReportJson.Read(serialized).Report);
    }

    /// <summary>Drops the optional members or adds a host's extensions, so that both shapes are written.</summary>
    private static AnnualReport Vary(AnnualReport report, bool trimmed, int hostId, string? note)
    {
        if (trimmed)
        {
            return report with
            {
                Agency = new Agency(report.Agency.Name),
                Preamble = null,
                Overview = new Overview { Summary = report.Overview.Summary },
            };
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("host");
            writer.WriteNumber("id", hostId);
            writer.WriteString("note", note);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return report with { Extensions = ReportExtensions.Parse(Encoding.UTF8.GetString(buffer.ToArray())) };
    }
}
