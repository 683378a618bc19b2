using System;
using System.Collections.Generic;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// 一类表格行的列结构，如表三每一行的七列。The columns shared by one kind of table row, such as the seven of every table B row.
/// </summary>
public sealed class RowShape
{
    internal RowShape(string name, CellKind kind, IReadOnlyList<FormColumn> columns, Type modelType)
    {
        Name = name;
        Kind = kind;
        Columns = columns;
        ModelType = modelType;
    }

    /// <summary>行类型的名称，与模型类型同名，如 <c>ApplicantCounts</c>。The name of the kind of row, as its model type.</summary>
    public string Name { get; }

    /// <summary>各单元格的取值类型。The kind of value of its cells.</summary>
    public CellKind Kind { get; }

    /// <summary>按表格顺序排列的列。The columns in the order of the form.</summary>
    public IReadOnlyList<FormColumn> Columns { get; }

    /// <summary>对应的模型类型，如 <see cref="ApplicantCounts"/>。The model type of such a row.</summary>
    public Type ModelType { get; }

    /// <summary>列名对应的列；没有则为 null。The column with this JSON name, or null.</summary>
    /// <param name="jsonName">JSON 成员名。The JSON member name.</param>
    /// <returns>该列或 null。The column or null.</returns>
    public FormColumn? FindColumn(string jsonName)
    {
        foreach (var column in Columns)
        {
            if (column.JsonName == jsonName)
            {
                return column;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
