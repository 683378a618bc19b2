using System;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 与上年相比发生变化的一个单元格。One table cell whose value changed since last year.
/// </summary>
public sealed class CellChange
{
    internal CellChange(FormCell cell, decimal previous, decimal current)
    {
        Cell = cell;
        Previous = previous;
        Current = current;
        Delta = current - previous;
        RelativeChange = previous == 0 ? null : (double)(Delta / previous);
    }

    /// <summary>单元格。The cell.</summary>
    public FormCell Cell { get; }

    /// <summary>JSON Pointer，如 <c>/applications/received/total</c>。The JSON Pointer.</summary>
    public string Pointer => Cell.Pointer;

    /// <summary>完整中文标签。The full Chinese label.</summary>
    public string Label => Cell.Label;

    /// <summary>上一年度的值。Last year's value.</summary>
    public decimal Previous { get; }

    /// <summary>本年度的值。This year's value.</summary>
    public decimal Current { get; }

    /// <summary>变化量：本年度 − 上一年度。The change: this year's minus last year's.</summary>
    public decimal Delta { get; }

    /// <summary>相对变化：变化量 ÷ 上一年度的值（0.5 即增长 50%）；上一年度为 0 时为 null。The change relative to last year's value (0.5 is 50% up); null where last year's is 0.</summary>
    public double? RelativeChange { get; }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Pointer}: {Previous} → {Current}");
}
