using System;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 逐年比对的选项：消息语言和 GD505、GD506 的阈值。Options of the year-over-year comparison: the message language and the
/// thresholds of GD505 and GD506.
/// </summary>
public sealed record DiffOptions
{
    /// <summary>默认选项：中文消息，相似度 ≥ 0.9 为雷同，变化 ≥ 5 倍且 ≥ 20 为剧烈。The defaults: Chinese, 0.9, a factor of 5 and 20.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>
    /// 相似度达到此值即视为与上年雷同（GD505），0 至 1，默认 0.9。
    /// A similarity at or above this repeats last year's text (GD505); from 0 to 1, 0.9 by default.
    /// </summary>
    public double SimilarityThreshold { get; init; } = 0.9;

    /// <summary>
    /// 增长或减少到此倍数即视为剧烈变化（GD506），不小于 1，默认 5。
    /// A count that grew or shrank by at least this factor changed sharply (GD506); at least 1, 5 by default.
    /// </summary>
    public decimal SharpChangeFactor { get; init; } = 5;

    /// <summary>
    /// 剧烈变化还须至少变化此数（GD506），不小于 0，默认 20：由 1 变为 5 不算剧烈。
    /// A sharp change must also be at least this many (GD506); at least 0, 20 by default, so 1 becoming 5 is not sharp.
    /// </summary>
    public long SharpChangeMinimum { get; init; } = 20;

    /// <summary>Checks the thresholds: out-of-range options are a bad call, not bad data.</summary>
    internal DiffOptions Checked()
    {
        if (double.IsNaN(SimilarityThreshold) || SimilarityThreshold < 0 || SimilarityThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SimilarityThreshold), SimilarityThreshold, "相似度阈值须在 0 至 1 之间。The similarity threshold must be from 0 to 1.");
        }

        if (SharpChangeFactor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(SharpChangeFactor), SharpChangeFactor, "倍数须不小于 1。The factor must be at least 1.");
        }

        if (SharpChangeMinimum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SharpChangeMinimum), SharpChangeMinimum, "变化数须不小于 0。The minimum change must be at least 0.");
        }

        return this;
    }
}
