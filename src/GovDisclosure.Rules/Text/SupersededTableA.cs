using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Table A printed in the superseded 2019 layout (本年新制作数量 / 本年新公开数量 / 对外公开总数量 for 规章 and 规范性文件;
/// 上一年项目数量 / 本年增/减 / 处理决定数量 for licensing, punishment, compulsion; （九）政府集中采购). Only 处理决定数量
/// means what a 2021 figure means (the decisions of 行政许可, 行政处罚, 行政强制); every other 2021 figure of the table is
/// left 0 and named in one GDT007 finding. The layout is told only by column captions that the 2021 form never prints,
/// so a 2021 table is never taken for it.
/// </summary>
internal static class SupersededTableA
{
    // Column captions printed only by the 2019 layout.
    private static readonly HashSet<string> OldCaptions = new(
        new[] { "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "采购项目数量", "采购总金额" }.Select(Wording.Key),
        System.StringComparer.Ordinal);

    // The 2019 column whose figure is the 2021 decisions: the third after the label (上一年项目数量, 本年增/减, 处理决定数量).
    internal const int DecisionColumn = 3;

    /// <summary>Whether a header line of table A is a 2019 header: one of its cells is a caption only that layout prints.</summary>
    internal static bool IsOldHeader(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Length <= RowLabels.MaxKeyLength && OldCaptions.Contains(Wording.Key(cell)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The 2021 row whose decisions a 2019 line carries, and the index of that figure's cell in the line; -1 for a line
    /// that carries none (a header, 规范性文件, 政府集中采购 …).
    /// </summary>
    internal static (int Row, int Cell) DecisionOf(FormTable table, TableLine line)
    {
        var label = -1;
        for (var i = 0; i < line.AllCells.Count && label < 0; i++)
        {
            label = line.AllCells[i].Trim().Length > 0 ? i : -1;
        }

        if (label < 0)
        {
            return (-1, -1);
        }

        var key = Wording.Key(line.AllCells[label]);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (row.Shape == ReportForm.DecisionCountShape && RowLabels.IsExactly(row, key))
            {
                return (r, label + DecisionColumn);
            }
        }

        return (-1, -1);
    }
}
