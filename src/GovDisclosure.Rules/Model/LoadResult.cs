using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 读取（JSON）或导入（文本）一份报告的结果：没有错误时得到报告，以及全部带位置的发现。
/// The result of loading (JSON) or importing (text) a report: the report when there is no error, and every located finding.
/// </summary>
public sealed class LoadResult
{
    /// <summary>
    /// 新建结果。Creates a result.
    /// </summary>
    /// <param name="report">报告；有错误级别的发现时必须为 null。The report; null when there is an error-severity finding.</param>
    /// <param name="findings">全部发现，按源中位置排列。Every finding, in source order.</param>
    /// <param name="sourceMap">报告各部分在源中的位置（可选）。Where the report's parts stand in the source (optional).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="findings"/> 为 null。</exception>
    /// <exception cref="System.ArgumentException">有错误却给出了报告。A report was given despite an error.</exception>
    public LoadResult(AnnualReport? report, IReadOnlyList<Finding> findings, SourceMap? sourceMap = null)
    {
        Guard.Against.Null(findings);
        HasErrors = findings.Any(f => f.Severity == Severity.Error);
        if (HasErrors && report is not null)
        {
            throw new System.ArgumentException("有错误时不返回报告。No report is returned when there is an error.", nameof(report));
        }

        Report = report;
        Findings = findings;
        SourceMap = sourceMap;
    }

    /// <summary>报告各部分在源中的位置；读取方未记录时为 null。Where the report's parts stand in the source, or null.</summary>
    public SourceMap? SourceMap { get; }

    /// <summary>读到的报告；有错误时为 null。The report read, or null when there is an error.</summary>
    public AnnualReport? Report { get; }

    /// <summary>全部发现（错误、警告、提示），按源中位置排列。Every finding, in source order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>是否有错误级别的发现。Whether any finding is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>是否得到了报告。Whether a report was read.</summary>
    public bool Succeeded => Report is not null;
}
