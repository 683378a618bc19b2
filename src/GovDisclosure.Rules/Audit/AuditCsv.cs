using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 把审计结果写成 CSV（RFC 4180，UTF-8 带 BOM，以便 Excel 正确显示中文）：每份报告一行，依次为序号、来源、机关、年度、结论、错误数、警告数、提示数和全部单元格（中文标签为表头）。
/// Writes an audit as CSV (RFC 4180, UTF-8 with a BOM so that Excel shows the Chinese): one row per report — index,
/// source, agency, year, status, errors, warnings, infos, then every cell under its Chinese label.
/// </summary>
public static class AuditCsv
{
    private static readonly UTF8Encoding WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly string[] Leading = ["序号", "来源", "机关", "年度", "结论", "错误", "警告", "提示"];

    /// <summary>表头中单元格之前的各列（其后为 200 个单元格的中文标签）。The columns before the cells (the 200 cells' Chinese labels follow).</summary>
    public static IReadOnlyList<string> LeadingColumns => Leading;

    /// <summary>
    /// 把 CSV 写入流。Writes the CSV to a stream.
    /// </summary>
    /// <param name="result">审计结果。The audit.</param>
    /// <param name="stream">流。The stream.</param>
    /// <param name="sources">各报告的来源，按序号；null 为空。Each report's source, by index; null for none.</param>
    /// <exception cref="System.ArgumentNullException">参数为 null。An argument is null.</exception>
    public static void Write(AuditResult result, Stream stream, IReadOnlyList<string>? sources = null)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(stream);
        using var writer = new StreamWriter(stream, WithBom, 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", LeadingColumns.Concat(ReportForm.Cells.Select(c => c.Label)).Select(Quote)));
        foreach (var row in Rows(result, sources))
        {
            writer.WriteLine(string.Join(",", row.Select(Quote)));
        }
    }

    /// <summary>
    /// 表头以下的各行（文本，数字为不变区域格式），与 CSV 和 Excel 工作簿中的报告表相同。The rows below the header, as text (numbers
    /// in the invariant culture): the same table as the CSV's and the workbook's reports sheet.
    /// </summary>
    /// <param name="result">审计结果。The audit.</param>
    /// <param name="sources">各报告的来源，按序号；null 为空。Each report's source, by index; null for none.</param>
    /// <returns>每份报告一行。One row per report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> 为 null。<paramref name="result"/> is null.</exception>
    public static IEnumerable<IReadOnlyList<string>> Rows(AuditResult result, IReadOnlyList<string>? sources = null)
    {
        Guard.Against.Null(result);
        return RowsOf(result, sources);
    }

    private static IEnumerable<IReadOnlyList<string>> RowsOf(AuditResult result, IReadOnlyList<string>? sources)
    {
        var counts = new long[ReportForm.Cells.Count];
        foreach (var report in result.Reports)
        {
            var row = new string[Leading.Length + ReportForm.Cells.Count];
            row[0] = report.Index.ToString(CultureInfo.InvariantCulture);
            row[1] = sources is not null && report.Index < sources.Count ? sources[report.Index] : "";
            row[2] = report.Agency;
            row[3] = report.Year.ToString(CultureInfo.InvariantCulture);
            row[4] = AuditWords.StatusName(report.Status);
            row[5] = report.Findings.Count(f => f.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture);
            row[6] = report.Findings.Count(f => f.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture);
            row[7] = report.Findings.Count(f => f.Severity == Severity.Info).ToString(CultureInfo.InvariantCulture);
            ReportForm.ReadCounts(report.Report, counts);
            foreach (var cell in ReportForm.Cells)
            {
                row[Leading.Length + cell.Index] = cell.Kind == CellKind.Count
                    ? counts[cell.Index].ToString(CultureInfo.InvariantCulture)
                    : cell.Value(report.Report).ToString(CultureInfo.InvariantCulture);
            }

            yield return row;
        }
    }

    /// <summary>A field quoted when it holds a comma, a quote or a line break (RFC 4180).</summary>
    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
