using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Cli.Audit;

/// <summary>
/// reports.xlsx of <c>govdisclosure audit</c>: a sheet of reports (one row per report, every cell under its Chinese label,
/// as the CSV), a sheet of findings and a sheet summing the findings by rule. Rows are streamed and strings written
/// inline, so a thousand agencies over five years take little memory.
/// </summary>
/// <remarks>
/// The package is the least a workbook needs — [Content_Types].xml, _rels/.rels, xl/workbook.xml, its relationships and
/// one part a sheet — written with <see cref="ZipArchive"/> and <see cref="XmlWriter"/>, as the Documents package writes
/// a .docx. The Open XML SDK did the same, but its model of every element rooted in the native tool made every run of it
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
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly DateTimeOffset Dated = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private static readonly string[] SheetNames = [ReportsSheet, FindingsSheet, RulesSheet];

    public static void Write(AuditResult result, Stream stream, IReadOnlyList<string>? sources)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            for (var i = 1; i <= SheetNames.Length; i++)
            {
                Override(xml, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            }
        });
        Part(zip, "_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Relationships);
            Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
        });
        Part(zip, "xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
            xml.WriteStartElement("sheets", Main);
            for (var i = 1; i <= SheetNames.Length; i++)
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", SheetNames[i - 1]);
                xml.WriteAttributeString("sheetId", i.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", OfficeRelationships, $"rId{i}");
                xml.WriteEndElement();
            }
        });
        Part(zip, "xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", Relationships);
            for (var i = 1; i <= SheetNames.Length; i++)
            {
                Relationship(xml, $"rId{i}", OfficeRelationships + "/worksheet", $"worksheets/sheet{i}.xml");
            }
        });

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
        Part(zip, $"xl/worksheets/sheet{number}.xml", xml =>
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

    /// <summary>One part of the package, dated 1980-01-01 so that the same audit gives the same bytes.</summary>
    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = Dated;
        using var xml = XmlWriter.Create(entry.Open(), Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override");
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship");
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
