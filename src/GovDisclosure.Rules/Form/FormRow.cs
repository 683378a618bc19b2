using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 表格的一行，如表三的“（七）总计”。One table row, such as table B's （七）总计.
/// </summary>
public sealed class FormRow
{
    private FormCell[] cells = [];

    internal FormRow(FormTable table, string pointer, IReadOnlyList<string> labelPath, string shortLabel, string englishLabel, string? group, RowShape shape, bool labelPathIsQualified)
    {
        Table = table;
        Pointer = pointer;
        JsonName = pointer.Substring(pointer.LastIndexOf('/') + 1);
        LabelPath = labelPath;
        Label = labelPath[labelPath.Count - 1];
        ShortLabel = shortLabel;
        EnglishLabel = englishLabel;
        Group = group;
        Shape = shape;
        QualifiedLabel = string.Join(" › ", labelPathIsQualified ? labelPath : labelPath.Skip(labelPath.Count - 1));
    }

    /// <summary>所在表格。The table.</summary>
    public FormTable Table { get; }

    /// <summary>JSON Pointer，如 <c>/applications/outcomes/total</c>。The row's JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>JSON 成员名，如 <c>total</c>。The row's JSON member name.</summary>
    public string JsonName { get; }

    /// <summary>表格中印出的行标签，如“（七）总计”或“1.属于国家秘密”。The row label as printed in the form.</summary>
    public string Label { get; }

    /// <summary>
    /// 表格行头各级标签，从外到内，如“三、本年度办理结果”“（三）不予公开”“1.属于国家秘密”。
    /// The row-header labels from outermost to innermost, as printed.
    /// </summary>
    public IReadOnlyList<string> LabelPath { get; }

    /// <summary>在消息中使用的行标签（用于区分同名行），如“（三）不予公开 › 1.属于国家秘密”。The label used in messages, qualified where needed.</summary>
    public string QualifiedLabel { get; }

    /// <summary>简短中文名，用于算式，如“本年新收”。A short Chinese name for arithmetic in messages.</summary>
    public string ShortLabel { get; }

    /// <summary>英文标签。The English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>表二中行所属的条款分组，如“第二十条第（一）项”；其他表为 null。Table A's article group, or null.</summary>
    public string? Group { get; }

    /// <summary>列结构。The row's columns.</summary>
    public RowShape Shape { get; }

    /// <summary>本行单元格，按列顺序。The row's cells, in column order.</summary>
    public IReadOnlyList<FormCell> Cells => cells;

    /// <summary>本行第一个单元格的全局序号。The global index of the row's first cell.</summary>
    internal int FirstCellIndex => cells[0].Index;

    internal void SetCells(FormCell[] rowCells) => cells = rowCells;

    /// <summary>Reads the row's model once and writes its counts at their <see cref="FormCell.Index"/>; null for the amount row.</summary>
    internal Action<AnnualReport, long[]>? CountReader { get; set; }

    /// <summary>The row's object in a report (null where the report lacks it); its containers must be there.</summary>
    internal Func<AnnualReport, object?> ModelOf { get; set; } = _ => null;

    /// <summary>Makes the row's model from counts indexed by <see cref="FormCell.Index"/> (null for the fee row).</summary>
    internal Func<long[], int, object>? Factory { get; set; }

    /// <summary>按列名取单元格；没有则为 null。The cell of the column with this JSON name, or null.</summary>
    /// <param name="columnJsonName">列的 JSON 名。The column's JSON name.</param>
    /// <returns>单元格或 null。The cell or null.</returns>
    public FormCell? FindCell(string columnJsonName)
    {
        var column = Shape.FindColumn(columnJsonName);
        return column is null ? null : cells[column.Index];
    }

    /// <inheritdoc/>
    public override string ToString() => Pointer;
}
