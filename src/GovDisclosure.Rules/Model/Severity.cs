namespace GovDisclosure.Rules;

/// <summary>
/// 发现的严重程度。How serious a finding is.
/// </summary>
public enum Severity
{
    /// <summary>错误：报告不合格。An error: the report is not acceptable.</summary>
    Error,

    /// <summary>警告：很可能有问题，需要人工核实。A warning: probably wrong, a person should check.</summary>
    Warning,

    /// <summary>提示：值得注意。Information worth a look.</summary>
    Info,
}
