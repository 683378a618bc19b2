namespace GovDisclosure.Rules.Aggregation;

/// <summary>
/// 汇总选项：消息语言，以及汇总报告的文字（默认为空：各机关的文字无法相加，由编写者另写）。
/// Options of a roll-up: the message language, and the roll-up's prose (empty by default: agencies' prose does not add up,
/// so whoever publishes the roll-up writes its own).
/// </summary>
public sealed record AggregationOptions
{
    /// <summary>默认选项：中文消息，文字为空。The defaults: Chinese messages, no prose.</summary>
    public static AggregationOptions Default { get; } = new();

    /// <summary>消息语言（默认中文）。The language of messages (Chinese by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Chinese;

    /// <summary>汇总报告的引言（可选）。The roll-up's preamble (optional).</summary>
    public string? Preamble { get; init; }

    /// <summary>汇总报告的一、总体情况；null 为空。The roll-up's overview; null for none.</summary>
    public Overview? Overview { get; init; }

    /// <summary>汇总报告的五、存在的主要问题及改进情况；null 为空。The roll-up's section 五; null for empty.</summary>
    public string? ProblemsAndImprovements { get; init; }

    /// <summary>汇总报告的六、其他需要报告的事项；null 为空。The roll-up's section 六; null for empty.</summary>
    public string? OtherMatters { get; init; }
}
