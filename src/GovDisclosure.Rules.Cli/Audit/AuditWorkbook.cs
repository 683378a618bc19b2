using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Documents.Export;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Cli.Audit;

/// <summary>
/// reports.xlsx of <c>govdisclosure audit</c>: a sheet of reports (one row per report, every cell under its Chinese label,
/// as the CSV), a sheet of findings and a sheet summing the findings by rule. Rows are streamed and strings written
/// inline, so a thousand agencies over five years take little memory.
/// </summary>
/// <remarks>
/// The package is the least a workbook needs — [Content_Types].xml, _rels/.rels, xl/workbook.xml, its relationships and
/// one part a sheet — written by the Documents package's <see cref="PackageParts"/>, as its .docx is. The Open XML SDK did the same, but its model of every element rooted in the native tool made every run of it
/// start slower, whatever the command.
/// </remarks>
internal static class AuditWorkbook
{
    internal const string ReportsSheet = "报告";
    internal const string FindingsSheet = "发现";
    internal const string RulesSheet = "规则汇总";

    internal static readonly string[] FindingColumns = ["序号", "机关", "年度", "规则", "严重程度", "位置", "消息"];
    internal static readonly string[] RuleColumns = ["规则", "严重程度", "标题", "发现数", "报告数"];

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] SheetNames = [ReportsSheet, FindingsSheet, RulesSheet];

    public static void Write(AuditResult result, Stream stream, IReadOnlyList<string>? sources)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        PackageParts.ContentTypes(zip, [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            .. SheetNames.Select((_, i) => ($"/xl/worksheets/sheet{i + 1}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))]);
        PackageParts.Relationships(zip, "_rels/.rels", ("rId1", "officeDocument", "xl/workbook.xml"));
        PackageParts.Part(zip, "xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, PackageParts.OfficeRelationships);
            xml.WriteStartElement("sheets", Main);
            for (var i = 1; i <= SheetNames.Length; i++)
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", SheetNames[i - 1]);
                xml.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", PackageParts.OfficeRelationships, $"rId{i}");
                xml.WriteEndElement();
            }
        });
        PackageParts.Relationships(zip, "xl/_rels/workbook.xml.rels", [.. SheetNames.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))]);

        // The numeric columns of the reports sheet: index, year, the three counts and every cell.
        var numeric = new HashSet<int> { 0, 3, 5, 6, 7 };
        numeric.UnionWith(Enumerable.Range(AuditCsv.LeadingColumns.Count, ReportForm.Cells.Count));
        Sheet(zip, 1, AuditCsv.LeadingColumns.Concat(ReportForm.Cells.Select(c => c.Label)).ToArray(),
            AuditCsv.Rows(result, sources).Select(row => row.Select((value, i) => (value, numeric.Contains(i))).ToArray()));

        Sheet(zip, 2, FindingColumns,
            result.Reports.SelectMany(r => r.Findings.Select(f => new[]
            {
                (r.Index.ToString(CultureInfo.InvariantCulture), true), (r.Agency, false), (r.Year.ToString(CultureInfo.InvariantCulture), true),
                (f.RuleId, false), (SeverityName(f.Severity), false), (f.Path, false), (f.Message, false),
            })));

        Sheet(zip, 3, RuleColumns,
            result.Rules.Select(t => new[]
            {
                (t.RuleId, false), (SeverityName(t.Severity), false), (t.Title, false),
                (t.Findings.ToString(CultureInfo.InvariantCulture), true), (t.Reports.ToString(CultureInfo.InvariantCulture), true),
            }));
    }

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static void Sheet(ZipArchive zip, int number, string[] header, IEnumerable<(string Value, bool Number)[]> rows) =>
        PackageParts.Part(zip, $"xl/worksheets/sheet{number}.xml", xml =>
        {
            xml.WriteStartElement("worksheet", Main);
            xml.WriteStartElement("sheetData", Main);
            Row(xml, header.Select(h => (h, false)).ToArray());
            foreach (var row in rows)
            {
                Row(xml, row);
            }
        });

    private static void Row(XmlWriter xml, (string Value, bool Number)[] cells)
    {
        xml.WriteStartElement("row", Main);
        foreach (var (value, number) in cells)
        {
            xml.WriteStartElement("c", Main);
            if (number)
            {
                xml.WriteAttributeString("t", "n");
                xml.WriteElementString("v", Main, value);
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(value);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
