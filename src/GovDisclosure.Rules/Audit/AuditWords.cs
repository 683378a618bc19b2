namespace GovDisclosure.Rules.Audit;

/// <summary>The words of the audit's renderings (page, CSV, workbook), in Chinese and English.</summary>
internal static class AuditWords
{
    internal static string Pick(MessageLanguage language, string chinese, string english) => language == MessageLanguage.English ? english : chinese;

    internal static string Status(AuditStatus status, MessageLanguage language) => status switch
    {
        AuditStatus.Passed => Pick(language, "通过", "passed"),
        AuditStatus.Warnings => Pick(language, "有警告", "warnings"),
        _ => Pick(language, "有错误", "failed"),
    };

    internal static string Severity(Severity severity, MessageLanguage language) => severity switch
    {
        Rules.Severity.Error => Pick(language, "错误", "error"),
        Rules.Severity.Warning => Pick(language, "警告", "warning"),
        _ => Pick(language, "提示", "info"),
    };

    /// <summary>The status as the JSON and CSV write it, whatever the language.</summary>
    internal static string StatusName(AuditStatus status) => status switch
    {
        AuditStatus.Passed => "passed",
        AuditStatus.Warnings => "warnings",
        _ => "failed",
    };
}
