namespace GovDisclosure.Rules.Audit;

/// <summary>一份报告的审计结论。The verdict on one report.</summary>
public enum AuditStatus
{
    /// <summary>通过：没有错误或警告。Passed: no error and no warning.</summary>
    Passed,

    /// <summary>有警告，没有错误。Warnings but no error.</summary>
    Warnings,

    /// <summary>有错误。At least one error.</summary>
    Failed,
}
