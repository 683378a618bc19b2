using System.Text;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 供人阅读的 Markdown 比对报告：按表格分组的变化（▲/▼ 及百分比），然后是文字相似度和发现。
/// The comparison as Markdown for a person: the changed figures grouped by table (▲/▼ with percentages), then the
/// similarity of the prose and the findings.
/// </summary>
public static class ReportDiffMarkdown
{
    /// <summary>
    /// 写成 Markdown。Renders a comparison as Markdown.
    /// </summary>
    /// <param name="diff">比对结果。The comparison.</param>
    /// <param name="language">标题与表头的语言（发现的消息保持比对时所选的语言）。The language of headings (findings keep the language chosen when comparing).</param>
    /// <returns>Markdown 文本。The Markdown text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="diff"/> 为 null。</exception>
    public static string Render(ReportDiff diff, MessageLanguage language = MessageLanguage.Chinese)
    {
        Guard.Against.Null(diff);
        var words = DiffPresentation.In(language);
        var md = new StringBuilder();
        md.Append("# ").Append(words.Title).Append(words.Colon).Append(words.Years(diff)).Append("\n\n");

        md.Append("## ").Append(words.CellsHeading).Append("\n\n");
        if (diff.Cells.Count == 0)
        {
            md.Append(words.NoCells).Append("\n\n");
        }

        foreach (var table in DiffPresentation.ByTable(diff))
        {
            md.Append("### ").Append(Cell(words.TableTitle(table.Key))).Append("\n\n");
            md.Append("| ").Append(words.ItemHeading).Append(" | ").Append(words.Year(diff.PreviousYear)).Append(" | ")
                .Append(words.Year(diff.CurrentYear)).Append(" | ").Append(words.ChangeHeading).Append(" |\n");
            md.Append("|---|---:|---:|---|\n");
            foreach (var change in table)
            {
                md.Append("| ").Append(Cell(words.CellLabel(change.Cell))).Append(" | ").Append(DiffPresentation.Number(change.Previous))
                    .Append(" | ").Append(DiffPresentation.Number(change.Current)).Append(" | ").Append(words.Change(change)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## ").Append(words.SectionsHeading).Append("\n\n");
        md.Append("| ").Append(words.ItemHeading).Append(" | ").Append(words.SimilarityHeading).Append(" |\n|---|---:|\n");
        foreach (var section in diff.Sections)
        {
            md.Append("| ").Append(Cell(words.SectionLabel(section))).Append(" | ").Append(DiffPresentation.Percent(section.Similarity)).Append(" |\n");
        }

        md.Append("\n## ").Append(words.FindingsHeading).Append("\n\n");
        if (diff.Findings.Count == 0)
        {
            md.Append(words.NoFindings).Append('\n');
        }

        foreach (var finding in diff.Findings)
        {
            md.Append("- **").Append(finding.RuleId).Append("** ").Append(words.Severity(finding.Severity)).Append(" `").Append(finding.Path).Append('`')
                .Append(words.Colon).Append(DiffPresentation.OneLine(finding.Message)).Append('\n');
        }

        return md.ToString();
    }

    /// <summary>Text inside a table cell: a pipe would end the cell and a line break the row.</summary>
    private static string Cell(string text) => DiffPresentation.OneLine(text).Replace("|", "\\|");
}
