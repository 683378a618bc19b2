using System.Text.Json;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

public class ReportJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ReportJsonConverter() } };

    private sealed record Upload(string Portal, AnnualReport Report);

    [Fact]
    public void The_converter_binds_the_example_through_JsonSerializer()
    {
        var report = JsonSerializer.Deserialize<AnnualReport>(Example, Options);
        var serialized = JsonSerializer.Serialize(report, Options);

        Assert.Equal(ExampleReport, report);
        Assert.Equal(ExampleReport, ReportJson.Read(serialized).Report);
        Assert.StartsWith("{\"formatVersion\":\"2021\",\"year\":2022,\"agency\":{", serialized);
    }

    [Fact]
    public void A_report_inside_a_host_type_is_bound_too()
    {
        var upload = JsonSerializer.Deserialize<Upload>("{\"Portal\": \"hrb\", \"Report\": " + Example + "}", Options);

        Assert.Equal(new Upload("hrb", ExampleReport), upload);
    }

    [Fact]
    public void The_first_error_throws_a_JsonException_with_the_first_finding()
    {
        var document = Change("\"issued\": 4,", "\"issued\": -4,");
        document = Change(document, "\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"");

        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnnualReport>(document, Options));

        Assert.Equal(ReportJson.Read(document).Findings[0].Message, thrown.Message);
        Assert.Equal("formatVersion 应为 \"2021\"，实际为 \"2020\"", thrown.Message);
    }

    [Fact]
    public void The_JsonException_carries_the_first_findings_path_line_and_byte_position()
    {
        // An unknown member after Chinese text on its line: the position counts bytes (3 a character here), as JsonException does.
        var document = Change("\"name\": \"哈尔滨市科学技术局\",", "\"name\": \"哈尔滨市科学技术局\", \"bad\": 1,");
        var finding = ReportJson.Read(document).Findings[0];
        var line = document.Split('\n')[finding.Line!.Value - 1];

        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnnualReport>(document, Options));

        Assert.Equal("GDJ004", finding.RuleId);
        Assert.Equal("$.agency.bad", thrown.Path);
        Assert.Equal(finding.Line - 1, thrown.LineNumber);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(line.Substring(0, line.IndexOf("\"bad\"", System.StringComparison.Ordinal))), thrown.BytePositionInLine);
        Assert.Equal(finding.Message, thrown.Message);
    }

    [Fact]
    public void Inside_a_host_type_the_place_is_counted_from_the_start_of_the_report()
    {
        var report = Change("\"year\": 2022", "\"year\": \"2022\"");
        var finding = ReportJson.Read(report).Findings[0];

        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Upload>("{\"Portal\": \"hrb\",\n\n\"Report\": " + report + "}", Options));

        Assert.Equal("$.year", thrown.Path);
        Assert.Equal(finding.Line - 1, thrown.LineNumber);
        Assert.Equal(finding.Column - 1, thrown.BytePositionInLine);
    }

    [Fact]
    public void The_converter_takes_reading_and_writing_options()
    {
        var converter = new ReportJsonConverter(new JsonReadOptions { Language = MessageLanguage.English }, new JsonWriteOptions { SchemaReference = ReportSchema.Id });
        var options = new JsonSerializerOptions { Converters = { converter } };

        var thrown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<AnnualReport>(Change("\"year\": 2022", "\"year\": \"2022\""), options));

        Assert.Equal("report year should be an integer from 0 to 9999, but is a string \"2022\"", thrown.Message);
        Assert.StartsWith("{\"$schema\":\"" + ReportSchema.Id + "\",", JsonSerializer.Serialize(ExampleReport, options));
    }
}
