using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation.Corrections;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>
/// The readable form of validation results: per file a verdict line, then the findings grouped under the section of
/// the report they concern, in the order of the form. A suggested correction (GD601) is printed under the first finding it
/// explains, where the clerk reading that finding looks for what to fix.
/// </summary>
internal static class FindingsText
{
    public static void Write(TextWriter output, FileOutcome file, MessageLanguage language)
    {
        var zh = language == MessageLanguage.Chinese;
        var verdict = file.Valid ? (zh ? "通过" : "valid") : (zh ? "未通过" : "not valid");
        var counts = zh
            ? $"{file.Errors} 个错误，{file.Warnings} 个警告，{file.Infos} 个提示"
            : $"{file.Errors} error(s), {file.Warnings} warning(s), {file.Infos} info(s)";
        var what = file.Report is null ? "" : zh
            ? $"（{file.Report.Agency.Name} {file.Report.Year} 年度报告）"
            : $" ({file.Report.Agency.Name}, {file.Report.Year})";
        output.WriteLine($"{file.Path}{what}: {verdict} — {counts}");
        WriteFindings(output, file.Findings, language);
    }

    public static void WriteFindings(TextWriter output, IReadOnlyList<Finding> findings, MessageLanguage language)
    {
        var zh = language == MessageLanguage.Chinese;
        var groups = findings.GroupBy(f => SectionOf(f.Path)).OrderBy(g => g.Key.Order).ToArray();
        var suggestionsUnder = SuggestionsUnder(groups.SelectMany(g => g).ToArray());
        foreach (var group in groups)
        {
            var shown = group.Where(f => !suggestionsUnder.Placed.Contains(f)).ToArray();
            if (shown.Length == 0)
            {
                continue;
            }

            output.WriteLine("  " + (zh ? group.Key.Title : group.Key.EnglishTitle));
            foreach (var finding in shown)
            {
                var where = finding.Path.Length == 0 ? "/" : finding.Path;
                if (finding.Line is int line)
                {
                    where += finding.Column is int column ? $" ({line}:{column})" : $" ({line})";
                }

                output.WriteLine($"    {SeverityWord(finding.Severity, zh)} {finding.RuleId} {where}");
                output.WriteLine($"      {finding.Message}");
                if (suggestionsUnder.ByFinding.TryGetValue(finding, out var suggestions))
                {
                    foreach (var suggestion in suggestions)
                    {
                        output.WriteLine($"      {(zh ? "建议：" : "Suggestion: ")}{suggestion.Message}");
                    }
                }
            }
        }
    }

    /// <summary>Each suggestion under the first finding, in the order printed, whose place it explains; those placed.</summary>
    private static (Dictionary<Finding, List<Finding>> ByFinding, HashSet<Finding> Placed) SuggestionsUnder(Finding[] inOrder)
    {
        var byFinding = new Dictionary<Finding, List<Finding>>(ReferenceEqualityComparer.Instance);
        var placed = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var suggestion in inOrder.Where(f => f.RuleId == CorrectionRules.SuggestedCorrection.Id))
        {
            var under = inOrder.FirstOrDefault(f => f.RuleId != suggestion.RuleId && suggestion.Related.Contains(f.Path));
            if (under is not null)
            {
                (byFinding.TryGetValue(under, out var list) ? list : byFinding[under] = []).Add(suggestion);
                placed.Add(suggestion);
            }
        }

        return (byFinding, placed);
    }

    private static string SeverityWord(Severity severity, bool zh) => severity switch
    {
        Severity.Error => zh ? "错误" : "error",
        Severity.Warning => zh ? "警告" : "warning",
        _ => zh ? "提示" : "info",
    };

    /// <summary>The section a pointer belongs to; the title, agency and anything outside the six sections count as the document itself.</summary>
    private static (int Order, string Title, string EnglishTitle) SectionOf(string pointer)
    {
        var first = pointer.Split('/').Skip(1).FirstOrDefault() ?? "";
        for (var i = 0; i < ReportForm.Sections.Count; i++)
        {
            var section = ReportForm.Sections[i];
            if (section.JsonName == first)
            {
                return (i + 1, section.Title, section.EnglishHeading);
            }
        }

        return (0, "报告整体（标题、年度、机关、格式）", "The document (title, year, agency, format)");
    }
}
