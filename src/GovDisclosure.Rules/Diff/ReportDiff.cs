using System.Collections.Generic;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 一份报告与上一年度报告的比对结果：变化的单元格、各段文字的相似度和逐年比对规则（GD5xx）的发现。
/// The comparison of a report with last year's: the cells that changed, the similarity of each stretch of prose, and the
/// findings of the year-over-year rules (GD5xx).
/// </summary>
public sealed class ReportDiff
{
    internal ReportDiff(int previousYear, int currentYear, IReadOnlyList<CellChange> cells, IReadOnlyList<SectionSimilarity> sections, IReadOnlyList<Finding> findings)
    {
        PreviousYear = previousYear;
        CurrentYear = currentYear;
        Cells = cells;
        Sections = sections;
        Findings = findings;
    }

    /// <summary>上一年度报告的年度。The year of last year's report.</summary>
    public int PreviousYear { get; }

    /// <summary>本年度报告的年度。The year of this year's report.</summary>
    public int CurrentYear { get; }

    /// <summary>值发生变化的单元格，按文档顺序。The cells whose value changed, in document order.</summary>
    public IReadOnlyList<CellChange> Cells { get; }

    /// <summary>每段文字的相似度，按 <see cref="ProseSection.All"/> 的顺序。The similarity of each stretch of prose, in the order of <see cref="ProseSection.All"/>.</summary>
    public IReadOnlyList<SectionSimilarity> Sections { get; }

    /// <summary>逐年比对规则的发现，按文档位置、再按规则编号排列。The findings of the year-over-year rules, by document position, then rule ID.</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
