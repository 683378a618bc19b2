namespace GovDisclosure.Rules.Form;

/// <summary>
/// 一类表格行中的一列，如表三的“自然人”。One column of a kind of row, such as table B's 自然人.
/// </summary>
public sealed class FormColumn
{
    internal FormColumn(int index, string jsonName, string label, string englishLabel, string? group)
    {
        Index = index;
        JsonName = jsonName;
        Label = label;
        EnglishLabel = englishLabel;
        Group = group;
    }

    /// <summary>该列在行内的位置（从 0 起）。The column's position within its row (from 0).</summary>
    public int Index { get; }

    /// <summary>JSON 成员名，如 <c>naturalPersons</c>。The JSON member name, such as <c>naturalPersons</c>.</summary>
    public string JsonName { get; }

    /// <summary>中文列名，如“自然人”。The Chinese column label, such as 自然人.</summary>
    public string Label { get; }

    /// <summary>英文列名。The English column label.</summary>
    public string EnglishLabel { get; }

    /// <summary>列所属的表头分组，如“法人或其他组织”；没有则为 null。The header group above the column, such as 法人或其他组织, or null.</summary>
    public string? Group { get; }

    /// <inheritdoc/>
    public override string ToString() => JsonName;
}
