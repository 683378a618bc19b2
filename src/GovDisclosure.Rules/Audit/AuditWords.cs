namespace GovDisclosure.Rules.Audit;

/// <summary>The words of the audit's renderings (page, CSV, workbook), from the message catalogues (Status.*, Severity.*).</summary>
internal static class AuditWords
{
    internal static string Status(AuditStatus status, MessageLanguage language) => MessageCatalog.For(language)["Status." + status];

    internal static string Severity(Severity severity, MessageLanguage language) => MessageCatalog.For(language)["Severity." + severity];

    /// <summary>The status as the JSON and CSV write it, whatever the language.</summary>
    internal static string StatusName(AuditStatus status) => status switch
    {
        AuditStatus.Passed => "passed",
        AuditStatus.Warnings => "warnings",
        _ => "failed",
    };
}
