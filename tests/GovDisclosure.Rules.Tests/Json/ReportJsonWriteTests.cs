using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

public class ReportJsonWriteTests
{
    private const string ExampleSchema = "../gov-disclosure-report-2021.schema.json";

    [Fact]
    public void Writing_the_example_gives_back_the_example_file()
    {
        var written = ReportJson.Write(ExampleReport, new JsonWriteOptions { SchemaReference = ExampleSchema });

        Assert.Equal(Example.TrimEnd('\n'), written);
    }

    [Fact]
    public void The_canonical_member_order_is_that_of_FORMAT_md()
    {
        var report = ExampleReport with { Extensions = ReportExtensions.Parse("{\"a\":1}") };
        using var document = JsonDocument.Parse(ReportJson.Write(report, new JsonWriteOptions { SchemaReference = ReportSchema.Id }));

        Assert.Equal(
            ["$schema", "formatVersion", "year", "agency", "preamble", "overview", "proactiveDisclosure", "applications", "reviewsAndLitigation", "problemsAndImprovements", "otherMatters", "extensions"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["received", "carriedOver", "outcomes", "carriedForward"],
            document.RootElement.GetProperty("applications").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["naturalPersons", "commercialEnterprises", "researchInstitutions", "publicInterestOrganizations", "legalServiceAgencies", "otherOrganizations", "total"],
            document.RootElement.GetProperty("applications").GetProperty("received").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Optional_members_are_left_out_when_null_and_the_schema_reference_unless_asked_for()
    {
        var report = AnnualReport.Create(2023, "某局");

        var written = ReportJson.Write(report, new JsonWriteOptions { Indented = false });

        Assert.StartsWith("{\"formatVersion\":\"2021\",\"year\":2023,\"agency\":{\"name\":\"某局\"},\"overview\":{\"summary\":\"\"},\"proactiveDisclosure\":{\"regulations\":{\"issued\":0,", written);
        Assert.EndsWith("},\"problemsAndImprovements\":\"\",\"otherMatters\":\"\"}", written);
        Assert.DoesNotContain("$schema", written);
        Assert.DoesNotContain("preamble", written);
        Assert.DoesNotContain("extensions", written);
    }

    [Fact]
    public void Indented_output_uses_two_spaces_and_LF()
    {
        var written = ReportJson.Write(AnnualReport.Create(2023, "某局"));

        Assert.StartsWith("{\n  \"formatVersion\": \"2021\",\n  \"year\": 2023,\n  \"agency\": {\n    \"name\": \"某局\"\n  },", written);
        Assert.DoesNotContain("\r", written);
    }

    [Theory]
    [InlineData("0.00", "0")]
    [InlineData("1.50", "1.5")]
    [InlineData("12.3456", "12.3456")]
    [InlineData("1000", "1000")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("12345678901234567.890123456789", "12345678901234567.890123456789")]
    public void The_fee_amount_is_written_exactly_in_one_spelling(string amount, string expected)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var report = ReportForm.WithValue(ExampleReport, ReportForm.FeesAmount, value);

        var written = ReportJson.Write(report, new JsonWriteOptions { Indented = false });

        Assert.Contains("\"fees\":{\"amountTenThousandYuan\":" + expected + "}", written);
        Assert.Equal(value, ReportJson.Read(written).Report!.ProactiveDisclosure.Fees.AmountTenThousandYuan);
    }

    [Fact]
    public void Chinese_is_written_unescaped_and_what_JSON_requires_is_escaped()
    {
        var report = ExampleReport with { Preamble = "引号\"反斜杠\\制表\t换行\n<b>&" };

        var written = ReportJson.Write(report, new JsonWriteOptions { Indented = false });

        Assert.Contains("\"preamble\":\"引号\\\"反斜杠\\\\制表\\t换行\\n<b>&\"", written);
        Assert.Contains("哈尔滨市科学技术局", written);
        Assert.Equal(report, ReportJson.Read(written).Report);
    }

    [Fact]
    public void Extensions_survive_a_round_trip_byte_for_byte_in_compact_form()
    {
        const string extensions = "{\"portal\":{\"id\":\"r-0007\",\"scores\":[1.50,2e3,-0,12345678901234567890123],\"ok\":true,\"none\":null},\"名称\":\"值\"}";
        var document = Change("\"otherMatters\": ", "\"extensions\": " + extensions + ", \"otherMatters\": ");

        var report = ReportJson.Read(document).Report!;
        var written = ReportJson.Write(report, new JsonWriteOptions { Indented = false });

        Assert.Equal(extensions, report.Extensions!.Json);
        Assert.EndsWith(",\"extensions\":" + extensions + "}", written);
        Assert.Equal(report, ReportJson.Read(written).Report);
        Assert.Equal(report, ReportJson.Read(ReportJson.Write(report)).Report);
    }

    [Fact]
    public void Every_way_of_writing_gives_the_same_bytes()
    {
        var options = new JsonWriteOptions { SchemaReference = ReportSchema.Id };
        var expected = ReportJson.WriteUtf8(ExampleReport, options);

        using var stream = new MemoryStream();
        ReportJson.Write(stream, ExampleReport, options);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        ReportJson.Write(buffer, ExampleReport, options);
        var viaWriter = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(viaWriter, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ReportJson.Write(writer, ExampleReport, options);
        }

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
        Assert.Equal(expected, viaWriter.WrittenSpan.ToArray());
        Assert.Equal(Encoding.UTF8.GetString(expected), ReportJson.Write(ExampleReport, options));
        Assert.False(expected.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()));
    }

    [Fact]
    public void A_report_changed_in_code_reads_back_equal()
    {
        var report = ExampleReport with
        {
            Year = 2023,
            Agency = new Agency("某市某局") { Website = "https://example.gov.cn" },
            Preamble = null,
            Overview = ExampleReport.Overview with { Oversight = null, Summary = "第一段\n第二段" },
            Extensions = ReportExtensions.Parse("{\"x\": [1, {\"y\": \"z\"}]}"),
        };
        report = ReportForm.WithValue(report, ReportForm.FindCell("/applications/outcomes/total/total")!, ReportForm.MaxCount);

        Assert.Equal(report, ReportJson.Read(ReportJson.Write(report)).Report);
        Assert.Equal(report, ReportJson.Read(ReportJson.WriteUtf8(report, new JsonWriteOptions { Indented = false })).Report);
    }

    [Fact]
    public void Null_arguments_are_bad_calls()
    {
        Assert.Throws<ArgumentNullException>(() => ReportJson.Write((AnnualReport)null!));
        Assert.Throws<ArgumentNullException>(() => ReportJson.WriteUtf8(null!));
        Assert.Throws<ArgumentNullException>(() => ReportJson.Write((Stream)null!, ExampleReport));
        Assert.Throws<ArgumentNullException>(() => ReportJson.Write((Utf8JsonWriter)null!, ExampleReport));

        // Each names the argument that is null, and nothing is written before the call is refused.
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportJson.Write(stream, null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportJson.Write(writer, null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ReportJson.Write(buffer, null!)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => ReportJson.Write((System.Buffers.IBufferWriter<byte>)null!, ExampleReport)).ParamName);
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => ReportJson.Write((Stream)null!, ExampleReport)).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => ReportJson.Write((Utf8JsonWriter)null!, ExampleReport)).ParamName);
        writer.Flush();
        Assert.Equal(0, stream.Length);
        Assert.Equal(0, buffer.WrittenCount);
    }
}
