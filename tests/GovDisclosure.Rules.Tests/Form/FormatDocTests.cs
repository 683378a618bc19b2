using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Form;

/// <summary>
/// The tables of docs/format.md (sections, texts, rows and columns with their JSON pointers, relations) are generated from
/// <see cref="ReportForm"/>. To rewrite them, run the tests with UPDATE_DOCS=1 and commit docs/format.md.
/// </summary>
public class FormatDocTests
{
    private const string File = "docs/format.md";

    [Fact]
    public void The_sections_are_those_of_the_form() => GeneratedSections.AssertUpToDate(File, "form-sections", Sections());

    [Fact]
    public void The_texts_are_those_of_the_form() => GeneratedSections.AssertUpToDate(File, "form-texts", Texts());

    [Fact]
    public void The_tables_are_those_of_the_form() => GeneratedSections.AssertUpToDate(File, "form-tables", Tables());

    [Fact]
    public void The_relations_are_those_of_the_form() => GeneratedSections.AssertUpToDate(File, "form-relations", Relations());

    [Fact]
    public void Every_cell_pointer_of_the_form_is_in_the_tables_once()
    {
        // Rows list their pointer and the columns of their shape: together they name every cell, and no cell twice.
        var tables = Tables();
        var named = ReportForm.Rows.SelectMany(r => r.Shape.Columns.Select(c => r.Pointer + "/" + c.JsonName)).ToArray();
        Assert.Equal(ReportForm.Cells.Select(c => c.Pointer), named);
        Assert.All(ReportForm.Rows, r => Assert.Contains($"| `{r.Pointer}` |", tables));
    }

    internal static string Sections()
    {
        var text = new StringBuilder("\n| 编号 | 标题 · heading | English | JSON | 内容 · content | 也识别 · variants accepted |\n|---|---|---|---|---|---|\n");
        foreach (var section in ReportForm.Sections)
        {
            var content = section.Table is { } table
                ? $"表格 · table（{table.Rows.Count} 行 · rows）"
                : string.Join("、", ReportForm.Texts.Where(t => t.Pointer == section.Pointer || t.Pointer.StartsWith(section.Pointer + "/", System.StringComparison.Ordinal)).Select(t => $"`{t.Pointer}`"));
            var variants = string.Join("；", section.HeadingVariants);
            text.Append($"| {section.Number} | {section.Heading} | {section.EnglishHeading} | `{section.Pointer}` | {content} | {variants} |\n");
        }

        return text.ToString();
    }

    internal static string Texts()
    {
        var text = new StringBuilder("\n| JSON Pointer | 名称 | name | 必填 · required | 文字 · prose |\n|---|---|---|---|---|\n");
        foreach (var t in ReportForm.Texts)
        {
            text.Append($"| `{t.Pointer}` | {t.Label} | {t.EnglishLabel} | {YesNo(t.IsRequired)} | {YesNo(t.IsProse)} |\n");
        }

        return text.ToString();
    }

    internal static string Tables()
    {
        var text = new StringBuilder();
        foreach (var table in ReportForm.Tables)
        {
            text.Append($"\n### {table.Title} · {table.EnglishHeading} (`{table.Pointer}`)\n\n");
            text.Append("| 行 · row | English | JSON Pointer | 列 · columns |\n|---|---|---|---|\n");
            foreach (var row in table.Rows)
            {
                var label = string.Join(" › ", (row.Group is { } group ? new[] { group } : []).Concat(row.LabelPath));
                text.Append($"| {label} | {row.EnglishLabel} | `{row.Pointer}` | {row.Shape.Name} |\n");
            }

            foreach (var shape in table.Rows.Select(r => r.Shape).Distinct())
            {
                text.Append($"\n{shape.Name}（{Kind(shape.Kind)}）：\n\n| 列 · column | English | JSON |\n|---|---|---|\n");
                foreach (var column in shape.Columns)
                {
                    var label = column.Group is { } group ? group + " › " + column.Label : column.Label;
                    text.Append($"| {label} | {column.EnglishLabel} | `{column.JsonName}` |\n");
                }
            }
        }

        return text.ToString();
    }

    internal static string Relations()
    {
        var text = new StringBuilder("\n| 规则 · rule | 关系数 · relations | 第一条 · the first |\n|---|---|---|\n");
        foreach (var rule in ReportForm.Relations.GroupBy(r => r.RuleId))
        {
            var first = rule.First();
            var comparison = first.Comparison == RelationComparison.Equal ? "=" : "≤";
            text.Append($"| {rule.Key} | {rule.Count()} | {Where(first.Cells)}{Sum(first.Left, first.Cells)} {comparison} {Sum(first.Right, first.Cells)} |\n");
        }

        foreach (var rule in ReportForm.YearOverYearRelations.GroupBy(r => r.RuleId))
        {
            var first = rule.First();
            var cells = new[] { first.Current, first.FromPrevious }.Concat(first.Added).Concat(first.Subtracted).ToArray();
            var formula = new StringBuilder($"{Where(cells)}{Name(first.Current, cells)} = 上年 · last year's {Name(first.FromPrevious, cells)}");
            foreach (var added in first.Added)
            {
                formula.Append($" + {Name(added, cells)}");
            }

            foreach (var subtracted in first.Subtracted)
            {
                formula.Append($" − {Name(subtracted, cells)}");
            }

            text.Append($"| {rule.Key} | {rule.Count()} | {formula} |\n");
        }

        return text.ToString();
    }

    /// <summary>What the cells of a relation share, said once before it: their row, or their column.</summary>
    private static string Where(IReadOnlyList<FormCell> cells) =>
        cells.All(c => c.Row == cells[0].Row) ? $"`{cells[0].Row.Pointer}`：" :
        cells.All(c => c.Column.JsonName == cells[0].Column.JsonName) ? $"列 · column `{cells[0].Column.JsonName}`：" : "";

    private static string Sum(IReadOnlyList<FormCell> terms, IReadOnlyList<FormCell> all) => string.Join(" + ", terms.Select(c => Name(c, all)));

    /// <summary>A cell named as briefly as its relation allows: by column within one row, by row within one column.</summary>
    private static string Name(FormCell cell, IReadOnlyList<FormCell> all) =>
        all.All(c => c.Row == cell.Row) ? $"`{cell.Column.JsonName}`" :
        all.All(c => c.Column.JsonName == cell.Column.JsonName) ? $"`{cell.Row.Pointer}`" : $"`{cell.Pointer}`";

    private static string Kind(CellKind kind) => kind == CellKind.Amount ? "金额 · amount" : "件数 · counts";

    private static string YesNo(bool value) => value ? "是 · yes" : "否 · no";
}
