namespace GovDisclosure.Rules.Json;

/// <summary>
/// 读取 JSON 时的规则（GDJ001–GDJ008）。The rules of reading JSON (GDJ001–GDJ008).
/// </summary>
public static class JsonRules
{
    /// <summary>GDJ001：JSON 格式不正确或不是有效的 UTF-8。Not well-formed JSON or not valid UTF-8.</summary>
    public static RuleDescriptor Malformed { get; } = new("GDJ001", Severity.Error);

    /// <summary>GDJ002：JSON 类型错误，或件数为小数。A value of the wrong JSON type, or a fraction where a count is required.</summary>
    public static RuleDescriptor WrongType { get; } = new("GDJ002", Severity.Error);

    /// <summary>GDJ003：缺少必填成员。A required member is missing.</summary>
    public static RuleDescriptor MissingMember { get; } = new("GDJ003", Severity.Error);

    /// <summary>GDJ004：格式未定义的成员。A member the format does not define.</summary>
    public static RuleDescriptor UnknownMember { get; } = new("GDJ004", Severity.Error);

    /// <summary>GDJ005：同一对象中成员重复。The same member twice in one object.</summary>
    public static RuleDescriptor DuplicateMember { get; } = new("GDJ005", Severity.Error);

    /// <summary>GDJ006：数字超出范围。A number out of range.</summary>
    public static RuleDescriptor OutOfRange { get; } = new("GDJ006", Severity.Error);

    /// <summary>GDJ007：文档超出读取限制。The document exceeds a reader limit.</summary>
    public static RuleDescriptor LimitExceeded { get; } = new("GDJ007", Severity.Error);

    /// <summary>GDJ008：formatVersion 不是 "2021"。formatVersion is not "2021".</summary>
    public static RuleDescriptor UnsupportedFormatVersion { get; } = new("GDJ008", Severity.Error);

    /// <summary>全部 GDJ 规则，按编号。Every GDJ rule, by ID.</summary>
    public static System.Collections.Generic.IReadOnlyList<RuleDescriptor> All { get; } =
        [Malformed, WrongType, MissingMember, UnknownMember, DuplicateMember, OutOfRange, LimitExceeded, UnsupportedFormatVersion];
}
