using System.Collections.Generic;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 审计选项：消息语言、逐份校验的选项、文字雷同的阈值和更名对照。
/// Options of an audit: the message language, the options of each report's validation, the threshold of copied prose and
/// the renamed agencies.
/// </summary>
public sealed record AuditOptions
{
    /// <summary>默认选项。The defaults.</summary>
    public static AuditOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）；也用于逐份校验。The language of messages (Chinese by default), also that of each report's validation.</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// 逐份校验的选项（如 <see cref="ValidationOptions.Today"/>）；null 为默认。其语言由 <see cref="Language"/> 取代。
    /// The options of each report's validation (such as <see cref="ValidationOptions.Today"/>); null for the defaults. Its
    /// language is replaced by <see cref="Language"/>.
    /// </summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>
    /// GDA004 的阈值：同年度两个机关的同一章节相似度达到此值即为雷同（默认 0.9，取值 0 至 1）。
    /// The threshold of GDA004: a section of two agencies' reports of the same year at least this similar is copied (0.9 by
    /// default, from 0 to 1).
    /// </summary>
    public double ProseSimilarityThreshold { get; init; } = 0.9;

    /// <summary>
    /// 更名对照：旧名称 → 新名称（均按 <see cref="AgencyNameKey"/> 规范化后比较），使更名前后的报告视为同一机关。
    /// Renamed agencies: old name → new name (both compared once normalised by <see cref="AgencyNameKey"/>), so that the
    /// reports before and after a rename count as one agency's.
    /// </summary>
    public IReadOnlyDictionary<string, string> Renames { get; init; } = new Dictionary<string, string>();
}
