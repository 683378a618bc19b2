namespace GovDisclosure.Rules.Form;

/// <summary>
/// 表格单元格的取值类型。The kind of value a table cell holds.
/// </summary>
public enum CellKind
{
    /// <summary>件数：0 至 9007199254740991 的整数。A count: an integer from 0 to 9007199254740991.</summary>
    Count,

    /// <summary>金额：不小于 0 的精确十进制数（万元）。An amount: an exact decimal ≥ 0 (10,000 yuan).</summary>
    Amount,
}
