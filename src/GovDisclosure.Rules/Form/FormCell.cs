using System;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 表格中的一个单元格：位置（JSON Pointer）、中文标签和读取方法，定义一次、处处使用。
/// One table cell: its place (JSON Pointer), its Chinese label and how to read it — described once, used everywhere.
/// </summary>
public sealed class FormCell : IWorded
{
    private readonly Func<AnnualReport, long>? count;
    private readonly Func<AnnualReport, decimal> value;

    internal FormCell(int index, FormRow row, FormColumn column, Func<AnnualReport, long>? count, Func<AnnualReport, decimal> value)
    {
        Index = index;
        Row = row;
        Column = column;
        this.count = count;
        this.value = value;
        Pointer = row.Pointer + "/" + column.JsonName;
        Label = row.Table.Title + " › " + row.QualifiedLabel + " › " + column.Label;
        EnglishLabel = row.Table.EnglishHeading + " › " + row.EnglishLabel + " › " + column.EnglishLabel;
    }

    /// <summary>在全部单元格中的位置（按文档顺序，从 0 起）。The cell's position among all cells, in document order, from 0.</summary>
    public int Index { get; }

    /// <summary>所在行。The row.</summary>
    public FormRow Row { get; }

    /// <summary>所在列。The column.</summary>
    public FormColumn Column { get; }

    /// <summary>取值类型。The kind of value.</summary>
    public CellKind Kind => Row.Shape.Kind;

    /// <summary>JSON Pointer（RFC 6901），如 <c>/applications/outcomes/total/naturalPersons</c>。The JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>完整中文标签，如“三、收到和处理政府信息公开申请情况 › （七）总计 › 自然人”。The full Chinese label.</summary>
    public string Label { get; }

    /// <summary>完整英文标签。The full English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>
    /// 读取一个件数单元格。Reads a count cell.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>件数。The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。</exception>
    /// <exception cref="InvalidOperationException">该单元格是金额。The cell is an amount.</exception>
    public long GetCount(AnnualReport report)
    {
        Guard.Against.Null(report);
        return count is null
            ? throw new InvalidOperationException($"{Pointer} 是金额，请用 GetValue。{Pointer} is an amount: use GetValue.")
            : count(report);
    }

    /// <summary>
    /// 以十进制数读取任何单元格。Reads any cell as a decimal.
    /// </summary>
    /// <param name="report">报告。The report.</param>
    /// <returns>单元格的值。The cell's value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> 为 null。</exception>
    public decimal GetValue(AnnualReport report)
    {
        Guard.Against.Null(report);
        return value(report);
    }

    /// <summary>A cell as a message argument: its full label.</summary>
    string IWorded.In(MessageCatalog catalog) => catalog.Pick(Label, EnglishLabel);

    /// <summary>Reads a count cell without the argument check, for the hot paths inside the library.</summary>
    internal long Count(AnnualReport report) => count!(report);

    /// <summary>Reads any cell without the argument check.</summary>
    internal decimal Value(AnnualReport report) => value(report);

    /// <inheritdoc/>
    public override string ToString() => Pointer;
}
