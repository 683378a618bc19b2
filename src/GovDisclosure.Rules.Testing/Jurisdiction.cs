using System.Collections.Generic;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// 一个地区多年的全部报告，以及其中埋设的可疑情形：照搬上年数字、机关之间抄袭文字、与成员之和不符的汇总报告。
/// All the reports of a jurisdiction over several years, with the suspicious patterns planted in them: tables copied
/// forward, prose copied between agencies, roll-ups that differ from their members' sum.
/// </summary>
/// <remarks>
/// 报告按年度从晚到早排列，机关名称不时带有多余空白，部分机关中途更名（见 <see cref="Renames"/>）；没有埋设的地方不会出现这些情形。
/// The reports come latest year first; agency names now and then carry stray white space, and some agencies are renamed
/// along the way (see <see cref="Renames"/>). Where nothing is planted, none of the patterns occurs.
/// </remarks>
public sealed class Jurisdiction
{
    internal Jurisdiction(IReadOnlyList<AnnualReport> reports, IReadOnlyList<int?> previousOf, IReadOnlyDictionary<string, string> renames,
        IReadOnlyList<int> copiedTables, IReadOnlyList<PlantedProseCopy> copiedProse, IReadOnlyList<int> rollUps, IReadOnlyList<PlantedRollUpError> rollUpErrors)
    {
        Reports = reports;
        PreviousOf = previousOf;
        Renames = renames;
        CopiedTables = copiedTables;
        CopiedProse = copiedProse;
        RollUps = rollUps;
        RollUpErrors = rollUpErrors;
    }

    /// <summary>全部报告。Every report.</summary>
    public IReadOnlyList<AnnualReport> Reports { get; }

    /// <summary>每份报告对应的同一机关上一年度报告的位置；没有则为 null。For each report, the position of the same agency's report of the year before, or null.</summary>
    public IReadOnlyList<int?> PreviousOf { get; }

    /// <summary>更名对照：旧名称 → 新名称。The renamed agencies: old name → new name.</summary>
    public IReadOnlyDictionary<string, string> Renames { get; }

    /// <summary>表格照搬上一年度的报告（GD507）的位置。The positions of the reports whose tables copy the year before's (GD507).</summary>
    public IReadOnlyList<int> CopiedTables { get; }

    /// <summary>机关之间抄袭的章节（GDA004）。The sections copied between agencies (GDA004).</summary>
    public IReadOnlyList<PlantedProseCopy> CopiedProse { get; }

    /// <summary>汇总报告（各部门汇总）的位置。The positions of the roll-ups (各部门 reports).</summary>
    public IReadOnlyList<int> RollUps { get; }

    /// <summary>汇总报告中与成员之和不符的单元格（GDA005）。The cells of roll-ups that differ from their members' sum (GDA005).</summary>
    public IReadOnlyList<PlantedRollUpError> RollUpErrors { get; }
}

/// <summary>
/// 埋设的文字抄袭：<paramref name="Copy"/> 的某章节与同年度 <paramref name="Original"/> 的相同。A planted copy of prose: a section of
/// <paramref name="Copy"/> is that of <paramref name="Original"/>, of the same year.
/// </summary>
/// <param name="Original">原报告的位置。The original report's position.</param>
/// <param name="Copy">抄袭报告的位置。The copying report's position.</param>
/// <param name="Section">章节的 JSON Pointer，如 <c>/overview</c>。The section's JSON Pointer, such as <c>/overview</c>.</param>
public sealed record PlantedProseCopy(int Original, int Copy, string Section);

/// <summary>
/// 埋设的汇总错误：汇总报告某个单元格不等于成员之和。A planted roll-up error: one cell of a roll-up is not its members' sum.
/// </summary>
/// <param name="RollUp">汇总报告的位置。The roll-up's position.</param>
/// <param name="Cell">单元格的 JSON Pointer。The cell's JSON Pointer.</param>
public sealed record PlantedRollUpError(int RollUp, string Cell);
