using System.Text;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 比对结果的纯文本形式（供终端显示）：按表格分组的变化，然后是文字相似度和发现。
/// The comparison as plain text, for a terminal: the changed figures grouped by table, then the similarity of the prose and the findings.
/// </summary>
public static class ReportDiffText
{
    private const string Indent = "  ";

    /// <summary>
    /// 写成纯文本。Renders a comparison as plain text.
    /// </summary>
    /// <param name="diff">比对结果。The comparison.</param>
    /// <param name="language">标题的语言（发现的消息保持比对时所选的语言）。The language of headings (findings keep the language chosen when comparing).</param>
    /// <returns>文本，每行以 "\n" 结束。The text, each line ending in "\n".</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="diff"/> 为 null。</exception>
    public static string Render(ReportDiff diff, MessageLanguage language = MessageLanguage.Chinese)
    {
        Guard.Against.Null(diff);
        var words = DiffPresentation.In(language);
        var text = new StringBuilder();
        text.Append(words.Title).Append(words.Colon).Append(words.Years(diff)).Append("\n\n");

        text.Append(words.CellsHeading).Append(words.Parenthesised(diff.Cells.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        if (diff.Cells.Count == 0)
        {
            text.Append(Indent).Append(words.NoCells).Append('\n');
        }

        foreach (var table in DiffPresentation.ByTable(diff))
        {
            text.Append(Indent).Append(words.TableTitle(table.Key)).Append('\n');
            foreach (var change in table)
            {
                text.Append(Indent).Append(Indent).Append(words.CellLabel(change.Cell)).Append(words.Colon)
                    .Append(DiffPresentation.Number(change.Previous)).Append(" → ").Append(DiffPresentation.Number(change.Current))
                    .Append("  ").Append(words.Change(change)).Append('\n');
            }
        }

        text.Append('\n').Append(words.SectionsHeading).Append('\n');
        foreach (var section in diff.Sections)
        {
            text.Append(Indent).Append(words.SectionLabel(section)).Append(words.Colon).Append(DiffPresentation.Percent(section.Similarity)).Append('\n');
        }

        text.Append('\n').Append(words.FindingsHeading).Append(words.Parenthesised(diff.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append('\n');
        if (diff.Findings.Count == 0)
        {
            text.Append(Indent).Append(words.NoFindings).Append('\n');
        }

        foreach (var finding in diff.Findings)
        {
            text.Append(Indent).Append(finding.RuleId).Append(' ').Append(words.Severity(finding.Severity)).Append(' ').Append(finding.Path)
                .Append(words.Colon).Append(DiffPresentation.OneLine(finding.Message)).Append('\n');
        }

        return text.ToString();
    }
}
