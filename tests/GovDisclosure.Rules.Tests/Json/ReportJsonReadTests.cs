using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

public class ReportJsonReadTests
{
    [Fact]
    public void The_example_loads_with_no_finding_and_holds_the_seed_figures()
    {
        var result = ReportJson.Read(Example);

        Assert.Empty(result.Findings);
        var report = Assert.IsType<AnnualReport>(result.Report);
        Assert.Equal(2022, report.Year);
        Assert.Equal("哈尔滨市科学技术局", report.Agency.Name);
        Assert.Equal("0451-82363412", report.Agency.Phone);
        Assert.Equal(new DocumentCounts { Issued = 4, Repealed = 3, InForce = 18 }, report.ProactiveDisclosure.NormativeDocuments);
        Assert.Equal(164, report.ProactiveDisclosure.Licensing.Decisions);
        Assert.Equal(0m, report.ProactiveDisclosure.Fees.AmountTenThousandYuan);
        Assert.StartsWith("2022 年，市科技局以习近平新时代中国特色社会主义思想为指导", report.Overview.Summary);
        Assert.Contains("共收到各类政府信息公开申请11件", report.Overview.RequestedDisclosure);
        Assert.Contains("\n下一步，市科技局将认真落实《条例》", report.ProblemsAndImprovements);
        Assert.EndsWith("我局无收取政府信息公开信息处理费情况。", report.OtherMatters);
        Assert.Null(report.Extensions);

        // The seed's every other cell is 0.
        var seedFigures = new[]
        {
            ("/proactiveDisclosure/normativeDocuments/issued", 4L), ("/proactiveDisclosure/normativeDocuments/repealed", 3L),
            ("/proactiveDisclosure/normativeDocuments/inForce", 18L), ("/proactiveDisclosure/licensing/decisions", 164L),
            ("/applications/received/naturalPersons", 11L), ("/applications/received/total", 11L),
            ("/applications/outcomes/disclosed/naturalPersons", 1L), ("/applications/outcomes/disclosed/total", 1L),
            ("/applications/outcomes/withheld/internalAffairs/naturalPersons", 1L), ("/applications/outcomes/withheld/internalAffairs/total", 1L),
            ("/applications/outcomes/unableToProvide/notHeld/naturalPersons", 4L), ("/applications/outcomes/unableToProvide/notHeld/total", 4L),
            ("/applications/outcomes/notProcessed/repeatedApplications/naturalPersons", 4L), ("/applications/outcomes/notProcessed/repeatedApplications/total", 4L),
            ("/applications/outcomes/otherHandling/other/naturalPersons", 1L), ("/applications/outcomes/otherHandling/other/total", 1L),
            ("/applications/outcomes/total/naturalPersons", 11L), ("/applications/outcomes/total/total", 11L),
            ("/reviewsAndLitigation/litigationWithoutReview/other", 2L), ("/reviewsAndLitigation/litigationWithoutReview/total", 2L),
        };
        var nonZero = ReportForm.Cells.Where(c => c.GetValue(report) != 0).Select(c => (c.Pointer, (long)c.GetValue(report)));
        Assert.Equal(seedFigures.OrderBy(f => f.Item1), nonZero.OrderBy(f => f.Item1));
    }

    [Fact]
    public void GDJ001_a_comment_is_malformed_and_located()
    {
        var document = Change("\"year\": 2022,", "\"year\": 2022, // 年度");

        var finding = Single(ReportJson.Read(document), "GDJ001");

        Located(finding, "GDJ001", "", Where(document, "// 年度"));
        Assert.Equal("JSON 格式不正确或不是有效的 UTF-8：JSON 不允许注释", finding.Message);
    }

    [Fact]
    public void GDJ002_a_string_where_a_count_belongs_names_the_cell_by_its_Chinese_label()
    {
        var document = Change("\"decisions\": 164", "\"decisions\": \"164\"");

        var finding = Single(ReportJson.Read(document), "GDJ002");

        Located(finding, "GDJ002", "/proactiveDisclosure/licensing/decisions", Where(document, "\"164\""));
        Assert.Equal("二、主动公开政府信息情况 › 行政许可 › 本年处理决定数量 应为0 至 9007199254740991 的整数，实际为字符串 \"164\"", finding.Message);
    }

    [Theory]
    [InlineData("18.0")]
    [InlineData("1.8e1")]
    [InlineData("18E0")]
    [InlineData("18.5")]
    public void GDJ002_a_count_written_with_a_fraction_or_exponent(string written)
    {
        var document = Change("\"inForce\": 18", "\"inForce\": " + written);

        var finding = Single(ReportJson.Read(document), "GDJ002");

        Located(finding, "GDJ002", "/proactiveDisclosure/normativeDocuments/inForce", Where(document, written));
        Assert.Contains("带小数点或指数的数字 " + written, finding.Message);
    }

    [Fact]
    public void GDJ003_a_missing_member_is_located_at_the_start_of_its_object()
    {
        var document = Change("\"name\": \"哈尔滨市科学技术局\",", "");

        var finding = Single(ReportJson.Read(document), "GDJ003");

        Located(finding, "GDJ003", "/agency/name", Where(document, "\"agency\": {", "\"agency\": ".Length));
        Assert.Equal("缺少必填成员 /agency/name（机关名称）", finding.Message);
    }

    [Fact]
    public void GDJ003_a_missing_cell_and_a_missing_row()
    {
        var document = Change("\"carriedForward\": {", "\"carriedForwardX\": {");
        document = Change(document, "\"issued\": 4,\n      ", "");

        var result = ReportJson.Read(document);

        // A missing member is located at the start of its object, so it comes before what that object holds.
        Assert.Equal(["GDJ003", "GDJ003", "GDJ004"], result.Findings.Select(f => f.RuleId));
        Located(result.Findings[0], "GDJ003", "/proactiveDisclosure/normativeDocuments/issued", Where(document, "\"normativeDocuments\": {", "\"normativeDocuments\": ".Length));
        Assert.Equal("缺少必填成员 /proactiveDisclosure/normativeDocuments/issued（二、主动公开政府信息情况 › 行政规范性文件 › 本年制发件数）", result.Findings[0].Message);
        Located(result.Findings[1], "GDJ003", "/applications/carriedForward", Where(document, "\"applications\": {", "\"applications\": ".Length));
        Assert.Equal("缺少必填成员 /applications/carriedForward（三、收到和处理政府信息公开申请情况 › 四、结转下年度继续办理）", result.Findings[1].Message);
        Located(result.Findings[2], "GDJ004", "/applications/carriedForwardX", Where(document, "\"carriedForwardX\""));
    }

    [Fact]
    public void GDJ004_an_unknown_member_is_located_at_its_name_and_its_column_counts_characters()
    {
        var document = Change("\"name\": \"哈尔滨市科学技术局\",", "\"name\": \"哈尔滨市科学技术局\", \"fax\": \"0451\",");

        var finding = Single(ReportJson.Read(document), "GDJ004");

        var where = Where(document, "\"fax\"");
        Located(finding, "GDJ004", "/agency/fax", where);
        Assert.Equal(5 + "\"name\": \"哈尔滨市科学技术局\", ".Length, where.Column);
        Assert.Equal("格式未定义成员“fax”（自定义内容请放在 extensions 中）", finding.Message);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_on_a_long_compact_line()
    {
        // One line of about 9,000 bytes, mostly Chinese; the emoji is one character (two UTF-16 units, four bytes).
        var compact = ReportJson.Write(ExampleReport, new JsonWriteOptions { Indented = false });
        var document = Change(Change(compact, "\"preamble\":\"", "\"preamble\":\"😀"), "\"otherMatters\":", "\"otherMatter\":");

        var findings = ReportJson.Read(document).Findings;

        var (line, column) = Where(document, "\"otherMatter\"");
        Assert.Equal(1, line);
        Assert.Equal(["GDJ003", "GDJ004"], findings.Select(f => f.RuleId));
        Located(findings[1], "GDJ004", "/otherMatter", (line, column - 1));
    }

    [Fact]
    public void GDJ004_an_unknown_member_name_is_escaped_in_its_pointer()
    {
        var document = Change("\"year\": 2022,", "\"year\": 2022, \"a/b~c\": [1, {\"x\": null}],");

        var finding = Single(ReportJson.Read(document), "GDJ004");

        Located(finding, "GDJ004", "/a~1b~0c", Where(document, "\"a/b~c\""));
    }

    [Fact]
    public void GDJ005_a_member_given_twice_is_located_at_the_second()
    {
        var document = Change("\"year\": 2022,", "\"year\": 2022,\n  \"year\": 2023,");

        var finding = Single(ReportJson.Read(document), "GDJ005");

        Located(finding, "GDJ005", "/year", Where(document, "\"year\": 2023"));
        Assert.Equal("成员“year”在同一对象中重复出现", finding.Message);
    }

    [Theory]
    [InlineData("-4")]
    [InlineData("9007199254740992")]
    [InlineData("99999999999999999999999")]
    public void GDJ006_a_count_out_of_range(string written)
    {
        var document = Change("\"issued\": 4,", "\"issued\": " + written + ",");

        var finding = Single(ReportJson.Read(document), "GDJ006");

        Located(finding, "GDJ006", "/proactiveDisclosure/normativeDocuments/issued", Where(document, written));
        Assert.Equal($"二、主动公开政府信息情况 › 行政规范性文件 › 本年制发件数 的值 {written} 超出范围（应为0 至 9007199254740991 的整数）", finding.Message);
    }

    [Fact]
    public void GDJ007_a_string_over_the_limit_stops_the_reading()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"");

        var result = ReportJson.Read(document, new JsonReadOptions { MaxStringLength = 100 });

        // The preamble is the first string longer than 100 characters; nothing after it is read.
        Assert.Equal(["GDJ008", "GDJ007"], result.Findings.Select(f => f.RuleId));
        Located(result.Findings[1], "GDJ007", "/preamble", Where(document, "\"本年度报告依据"));
        Assert.Equal("文档超出读取限制：字符串长度超过 100 个字符，其余部分未读取", result.Findings[1].Message);
    }

    [Fact]
    public void GDJ008_a_format_version_other_than_2021()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2022\"");

        var finding = Single(ReportJson.Read(document), "GDJ008");

        Located(finding, "GDJ008", "/formatVersion", Where(document, "\"2022\""));
        Assert.Equal("formatVersion 应为 \"2021\"，实际为 \"2022\"", finding.Message);
    }

    [Fact]
    public void GDJ002_a_format_version_that_is_not_a_string()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": 2021");

        Located(Single(ReportJson.Read(document), "GDJ002"), "GDJ002", "/formatVersion", Where(document, "2021,"));
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once_in_document_order()
    {
        var document = Change("\"formatVersion\": \"2021\"", "\"formatVersion\": \"2020\"");
        document = Change(document, "\"phone\": \"0451-82363412\",", "\"phone\": null, \"fax\": \"x\",");
        document = Change(document, "\"issued\": 4,", "\"issued\": -4, \"issued\": 5,");
        document = Change(document, "\"decisions\": 164", "\"decisions\": 164.5");
        document = Change(document, "\"carriedOver\": {", "\"carriedOver\": true, \"carriedOverX\": {");
        document = Change(document, "\"administrativeReview\": {", "\"administrativeReview\": {\"extra\": {\"deep\": [true]},");
        document = Change(document, "\"otherMatters\": ", "\"otherMatter\": ");

        var result = ReportJson.Read(document);

        Assert.Null(result.Report);
        var expected = new (string Rule, string Path, string Marker)[]
        {
            ("GDJ003", "/otherMatters", "{"),
            ("GDJ008", "/formatVersion", "\"2020\""),
            ("GDJ002", "/agency/phone", "null"),
            ("GDJ004", "/agency/fax", "\"fax\""),
            ("GDJ006", "/proactiveDisclosure/normativeDocuments/issued", "-4"),
            ("GDJ005", "/proactiveDisclosure/normativeDocuments/issued", "\"issued\": 5"),
            ("GDJ002", "/proactiveDisclosure/licensing/decisions", "164.5"),
            ("GDJ002", "/applications/carriedOver", "true, \"carriedOverX\""),
            ("GDJ004", "/applications/carriedOverX", "\"carriedOverX\""),
            ("GDJ004", "/reviewsAndLitigation/administrativeReview/extra", "\"extra\""),
            ("GDJ004", "/otherMatter", "\"otherMatter\""),
        };
        Assert.Equal(expected.Length, result.Findings.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Located(result.Findings[i], expected[i].Rule, expected[i].Path, Where(document, expected[i].Marker));
        }
    }

    [Fact]
    public void An_object_of_the_wrong_type_is_one_finding_not_a_finding_per_missing_member()
    {
        var document = Change("\"agency\": {", "\"agency\": \"哈尔滨市科学技术局\", \"agencyX\": {");

        var result = ReportJson.Read(document);

        Assert.Equal(["GDJ002", "GDJ004"], result.Findings.Select(f => f.RuleId));
        Assert.Equal("报告机关 应为对象，实际为字符串 \"哈尔滨市科学技术局\"", result.Findings[0].Message);
    }

    [Fact]
    public void Messages_can_be_in_English()
    {
        var document = Change("\"issued\": 4,", "\"issued\": -4,");
        document = Change(document, "\"name\": \"哈尔滨市科学技术局\",", "");
        var english = new JsonReadOptions { Language = MessageLanguage.English };

        var result = ReportJson.Read(document, english);

        Assert.Equal(
            [
                "The required member /agency/name (agency name) is missing",
                "The value -4 of Proactive disclosure › normative documents › issued this year is out of range (expected an integer from 0 to 9007199254740991)",
            ],
            result.Findings.Select(f => f.Message));
    }

    [Fact]
    public void Optional_members_may_be_absent_but_not_null()
    {
        var without = Change("\"phone\": \"0451-82363412\",", "");
        var withNull = Change("\"phone\": \"0451-82363412\",", "\"phone\": null,");

        Assert.Equal(ExampleReport with { Agency = ExampleReport.Agency with { Phone = null } }, ReportJson.Read(without).Report);
        Assert.Equal("联系电话 应为字符串，实际为null", Single(ReportJson.Read(withNull), "GDJ002").Message);
    }

    [Fact]
    public void Schema_reference_and_extensions_are_optional_and_type_checked()
    {
        var withoutSchema = Change("\"$schema\": \"../gov-disclosure-report-2021.schema.json\",", "");
        var numberSchema = Change("\"$schema\": \"../gov-disclosure-report-2021.schema.json\",", "\"$schema\": 1,");
        var arrayExtensions = Change("\"otherMatters\": ", "\"extensions\": [1], \"otherMatters\": ");

        Assert.Equal(ExampleReport, ReportJson.Read(withoutSchema).Report);
        Assert.Equal("/$schema", Single(ReportJson.Read(numberSchema), "GDJ002").Path);
        Assert.Equal("/extensions", Single(ReportJson.Read(arrayExtensions), "GDJ002").Path);
    }

    [Fact]
    public void Extensions_are_kept_whatever_they_hold()
    {
        var document = Change("\"otherMatters\": ", "\"extensions\": {\"portal\": {\"id\": 7, \"tags\": [\"甲\", null, 1.50e3]}, \"year\": \"any\"}, \"otherMatters\": ");

        var report = ReportJson.Read(document).Report!;

        Assert.Equal("{\"portal\":{\"id\":7,\"tags\":[\"甲\",null,1.50e3]},\"year\":\"any\"}", report.Extensions!.Json);
        Assert.Equal(ExampleReport with { Extensions = report.Extensions }, report);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_report_can_be_read_from_a_stream_synchronously_and_asynchronously()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Example);

        Assert.Equal(ExampleReport, ReportJson.Read(new System.IO.MemoryStream(bytes)).Report);
        Assert.Equal(ExampleReport, (await ReportJson.ReadAsync(new System.IO.MemoryStream(bytes))).Report);
        Assert.Equal(ExampleReport, ReportJson.Read(new TrickleStream(bytes)).Report);
    }

    [Fact]
    public void Null_arguments_are_bad_calls()
    {
        Assert.Equal("utf8Json", Assert.Throws<System.ArgumentNullException>(() => ReportJson.Read((System.IO.Stream)null!)).ParamName);
        Assert.Equal("json", Assert.Throws<System.ArgumentNullException>(() => ReportJson.Read((string)null!)).ParamName);
    }

    [Fact]
    public async System.Threading.Tasks.Task Reading_a_stream_asynchronously_refuses_null_and_keeps_the_options_given()
    {
        var error = await Assert.ThrowsAsync<System.ArgumentNullException>(() => ReportJson.ReadAsync(null!));
        Assert.Equal("utf8Json", error.ParamName);

        var english = new JsonReadOptions { Language = MessageLanguage.English };
        var result = await ReportJson.ReadAsync(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{")), english);
        Assert.StartsWith("Not well-formed JSON", result.Findings.Single().Message, System.StringComparison.Ordinal);

        var small = new JsonReadOptions { MaxDocumentBytes = 16 };
        var tooLarge = await ReportJson.ReadAsync(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Example)), small);
        Assert.Equal("GDJ007", tooLarge.Findings.Single().RuleId);
    }

    [Fact]
    public void A_string_is_measured_against_the_document_limit_in_UTF_8_bytes()
    {
        // 12 ASCII characters and two Chinese: 14 UTF-16 units, but 18 UTF-8 bytes (3 for each Chinese character).
        const string json = "{\"year\": \"二〇\"}";
        var bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        Assert.Equal((14, 18), (json.Length, bytes));

        Assert.DoesNotContain(ReportJson.Read(json, new JsonReadOptions { MaxDocumentBytes = bytes }).Findings, f => f.RuleId == "GDJ007");
        foreach (var limit in new[] { bytes - 1, json.Length, json.Length - 1 })
        {
            var finding = Single(ReportJson.Read(json, new JsonReadOptions { MaxDocumentBytes = limit }), "GDJ007");
            Assert.Equal("文档超出读取限制：文档大小超过 " + limit + " 字节，其余部分未读取", finding.Message);
        }
    }
}
