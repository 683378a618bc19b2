using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Cli.Audit;

/// <summary>
/// reports.xlsx of <c>govdisclosure audit</c>, with the Open XML SDK: a sheet of reports (one row per report, every cell
/// under its Chinese label, as the CSV), a sheet of findings and a sheet summing the findings by rule. Rows are streamed
/// (OpenXmlWriter) and strings written inline, so a thousand agencies over five years take little memory.
/// </summary>
internal static class AuditWorkbook
{
    internal const string ReportsSheet = "报告";
    internal const string FindingsSheet = "发现";
    internal const string RulesSheet = "规则汇总";

    internal static readonly string[] FindingColumns = ["序号", "机关", "年度", "规则", "严重程度", "位置", "消息"];
    internal static readonly string[] RuleColumns = ["规则", "严重程度", "标题", "发现数", "报告数"];

    public static void Write(AuditResult result, Stream stream, IReadOnlyList<string>? sources)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        // The numeric columns of the reports sheet: index, year, the three counts and every cell.
        var numeric = new HashSet<int> { 0, 3, 5, 6, 7 };
        numeric.UnionWith(Enumerable.Range(AuditCsv.LeadingColumns.Count, ReportForm.Cells.Count));
        AddSheet(workbook, sheets, 1, ReportsSheet,
            AuditCsv.LeadingColumns.Concat(ReportForm.Cells.Select(c => c.Label)).ToArray(),
            AuditCsv.Rows(result, sources).Select(row => row.Select((value, i) => (value, numeric.Contains(i))).ToArray()));

        AddSheet(workbook, sheets, 2, FindingsSheet, FindingColumns,
            result.Reports.SelectMany(r => r.Findings.Select(f => new[]
            {
                (r.Index.ToString(CultureInfo.InvariantCulture), true), (r.Agency, false), (r.Year.ToString(CultureInfo.InvariantCulture), true),
                (f.RuleId, false), (SeverityName(f.Severity), false), (f.Path, false), (f.Message, false),
            })));

        AddSheet(workbook, sheets, 3, RulesSheet, RuleColumns,
            result.Rules.Select(t => new[]
            {
                (t.RuleId, false), (SeverityName(t.Severity), false), (t.Title, false),
                (t.Findings.ToString(CultureInfo.InvariantCulture), true), (t.Reports.ToString(CultureInfo.InvariantCulture), true),
            }));

        workbook.Workbook.Save();
    }

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, string[] header, IEnumerable<(string Value, bool Number)[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, header.Select(h => (h, false)).ToArray());
            foreach (var row in rows)
            {
                WriteRow(writer, row);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static void WriteRow(OpenXmlWriter writer, (string Value, bool Number)[] cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var (value, number) in cells)
        {
            writer.WriteElement(number
                ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(value) }
                : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        writer.WriteEndElement();
    }
}
