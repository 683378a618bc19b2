namespace GovDisclosure.Rules.Json;

/// <summary>
/// 读取 JSON 时的规则（GDJ001–GDJ008）。The rules of reading JSON (GDJ001–GDJ008).
/// </summary>
public static class JsonRules
{
    /// <summary>GDJ001：JSON 格式不正确或不是有效的 UTF-8。Not well-formed JSON or not valid UTF-8.</summary>
    public static RuleDescriptor Malformed { get; } = new("GDJ001", Severity.Error,
        "JSON 格式不正确", "Malformed JSON",
        "JSON 格式不正确或不是有效的 UTF-8：{0}", "Not well-formed JSON or not valid UTF-8: {0}");

    /// <summary>GDJ002：JSON 类型错误，或件数为小数。A value of the wrong JSON type, or a fraction where a count is required.</summary>
    public static RuleDescriptor WrongType { get; } = new("GDJ002", Severity.Error,
        "取值类型错误", "Wrong type",
        "{0} 应为{1}，实际为{2}", "{0} should be {1}, but is {2}");

    /// <summary>GDJ003：缺少必填成员。A required member is missing.</summary>
    public static RuleDescriptor MissingMember { get; } = new("GDJ003", Severity.Error,
        "缺少必填成员", "Missing member",
        "缺少必填成员 {0}（{1}）", "The required member {0} ({1}) is missing");

    /// <summary>GDJ004：格式未定义的成员。A member the format does not define.</summary>
    public static RuleDescriptor UnknownMember { get; } = new("GDJ004", Severity.Error,
        "未定义的成员", "Unknown member",
        "格式未定义成员“{0}”（自定义内容请放在 extensions 中）", "The format does not define the member \"{0}\" (put a host's own data under extensions)");

    /// <summary>GDJ005：同一对象中成员重复。The same member twice in one object.</summary>
    public static RuleDescriptor DuplicateMember { get; } = new("GDJ005", Severity.Error,
        "成员重复", "Duplicate member",
        "成员“{0}”在同一对象中重复出现", "The member \"{0}\" appears twice in one object");

    /// <summary>GDJ006：数字超出范围。A number out of range.</summary>
    public static RuleDescriptor OutOfRange { get; } = new("GDJ006", Severity.Error,
        "数字超出范围", "Number out of range",
        "{0} 的值 {1} 超出范围（应为{2}）", "The value {1} of {0} is out of range (expected {2})");

    /// <summary>GDJ007：文档超出读取限制。The document exceeds a reader limit.</summary>
    public static RuleDescriptor LimitExceeded { get; } = new("GDJ007", Severity.Error,
        "超出读取限制", "Reader limit exceeded",
        "文档超出读取限制：{0}，其余部分未读取", "The document exceeds a reader limit: {0}; the rest was not read");

    /// <summary>GDJ008：formatVersion 不是 "2021"。formatVersion is not "2021".</summary>
    public static RuleDescriptor UnsupportedFormatVersion { get; } = new("GDJ008", Severity.Error,
        "格式版本不受支持", "Unsupported format version",
        "formatVersion 应为 \"2021\"，实际为 {0}", "formatVersion must be \"2021\", but is {0}");

    /// <summary>全部 GDJ 规则，按编号。Every GDJ rule, by ID.</summary>
    public static System.Collections.Generic.IReadOnlyList<RuleDescriptor> All { get; } =
        [Malformed, WrongType, MissingMember, UnknownMember, DuplicateMember, OutOfRange, LimitExceeded, UnsupportedFormatVersion];
}
