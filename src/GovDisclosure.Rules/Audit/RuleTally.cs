namespace GovDisclosure.Rules.Audit;

/// <summary>
/// 某条规则在某一严重程度下的发现数和涉及的报告数。How many findings a rule gave at one severity, and in how many reports.
/// </summary>
public sealed class RuleTally
{
    internal RuleTally(string ruleId, Severity severity, string title, int findings, int reports)
    {
        RuleId = ruleId;
        Severity = severity;
        Title = title;
        Findings = findings;
        Reports = reports;
    }

    /// <summary>规则编号。The rule ID.</summary>
    public string RuleId { get; }

    /// <summary>严重程度。The severity.</summary>
    public Severity Severity { get; }

    /// <summary>规则标题（审计语言）；不在规则目录中的规则为其编号。The rule's title in the audit's language; a rule outside the catalogue has its ID.</summary>
    public string Title { get; }

    /// <summary>发现数。How many findings.</summary>
    public int Findings { get; }

    /// <summary>有此发现的报告数。How many reports have such a finding.</summary>
    public int Reports { get; }
}
