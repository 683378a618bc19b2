using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The three tables laid out as published reports print them, as grids of cells derived from the form: table A in
/// groups (第二十条第（…）项, a header, the rows), table B with its column headers and every row's whole label path,
/// table C with its three header lines and one line of fifteen numbers. Text and Markdown render the same grids.
/// </summary>
internal static class TableLayout
{
    /// <summary>The grid of one table for a report.</summary>
    internal static IReadOnlyList<string[]> Grid(FormTable table, AnnualReport report) =>
        table == ReportForm.ProactiveDisclosureTable ? Grouped(table, report)
        : table == ReportForm.ApplicationsTable ? Labelled(table, report)
        : SideBySide(table, report);

    private static List<string[]> Grouped(FormTable table, AnnualReport report)
    {
        var width = 1 + table.Rows.Max(r => r.Cells.Count);
        var grid = new List<string[]>();
        FormRow? previous = null;
        foreach (var row in table.Rows)
        {
            if (row.Group != previous?.Group)
            {
                grid.Add(Padded(width, [row.Group ?? ""]));
            }

            if (row.Group != previous?.Group || row.Shape != previous?.Shape)
            {
                grid.Add(Padded(width, [RowLabels.LabelColumnCaption, .. row.Shape.Columns.Select(c => c.Label)]));
            }

            grid.Add(Padded(width, [row.Label, .. Values(row, report)]));
            previous = row;
        }

        return grid;
    }

    private static List<string[]> Labelled(FormTable table, AnnualReport report)
    {
        var depth = table.Rows.Max(r => r.LabelPath.Count);
        var columns = table.Rows[0].Shape.Columns;
        var labelCells = Enumerable.Repeat("", depth).ToArray();
        var grid = new List<string[]>();
        grid.Add(Padded(depth + columns.Count, [.. labelCells, RowLabels.ApplicantColumnsCaption]));
        grid.Add([.. labelCells, .. columns.Select((c, i) => c.Group is null ? c.Label : i > 0 && columns[i - 1].Group == c.Group ? "" : c.Group)]);
        grid.Add([.. labelCells, .. columns.Select(c => c.Group is null ? "" : c.Label)]);
        grid.AddRange(table.Rows.Select(row => Padded(depth, [.. row.LabelPath]).Concat(Values(row, report)).ToArray()));
        return grid;
    }

    private static List<string[]> SideBySide(FormTable table, AnnualReport report)
    {
        var rows = table.Rows;
        string[] Line(System.Func<FormRow, int, IEnumerable<string>> cells) => rows.SelectMany((row, i) => Padded(row.Cells.Count, [.. cells(row, i)])).ToArray();
        return
        [
            Line((row, i) => [i > 0 && rows[i - 1].LabelPath[0] == row.LabelPath[0] ? "" : row.LabelPath[0]]),
            Line((row, _) => row.LabelPath.Count == 1 ? row.Shape.Columns.Select(c => c.Label) : [row.LabelPath[1]]),
            Line((row, _) => row.LabelPath.Count == 1 ? [] : row.Shape.Columns.Select(c => c.Label)),
            Line((row, _) => Values(row, report)),
        ];
    }

    private static IEnumerable<string> Values(FormRow row, AnnualReport report) =>
        row.Cells.Select(c => c.Kind == CellKind.Amount
            ? c.Value(report).ToString(CultureInfo.InvariantCulture)
            : c.Count(report).ToString(CultureInfo.InvariantCulture));

    private static string[] Padded(int width, string[] cells) =>
        cells.Length >= width ? cells : cells.Concat(Enumerable.Repeat("", width - cells.Length)).ToArray();
}
