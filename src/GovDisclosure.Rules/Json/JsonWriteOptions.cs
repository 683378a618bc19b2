namespace GovDisclosure.Rules.Json;

/// <summary>
/// 写出 JSON 的选项。Options for writing JSON.
/// </summary>
public sealed record JsonWriteOptions
{
    /// <summary>默认选项：缩进两个空格，不写 <c>$schema</c>。The default options: indented by two spaces, no <c>$schema</c>.</summary>
    public static JsonWriteOptions Default { get; } = new();

    /// <summary>是否缩进（两个空格，换行为 "\n"）；否则写成紧凑形式。Whether to indent (two spaces, "\n" line ends); otherwise compact.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// 写入 <c>$schema</c> 成员的值（如 <see cref="ReportSchema.Id"/>）；为 null 时不写。
    /// The value to write as <c>$schema</c> (such as <see cref="ReportSchema.Id"/>); null writes none.
    /// </summary>
    public string? SchemaReference { get; init; }
}
