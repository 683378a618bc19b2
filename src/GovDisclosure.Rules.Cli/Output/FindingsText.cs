using System;
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
        if (findings.Count == 0)
        {
            return;
        }

        // In the order of the form's sections, each section's findings in the order found (a stable sort by section).
        var zh = language == MessageLanguage.Chinese;
        var sections = new int[findings.Count];
        var positions = new int[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            sections[i] = SectionOf(findings[i].Path);
            positions[i] = i;
        }

        Array.Sort(positions, (a, b) => sections[a] != sections[b] ? sections[a].CompareTo(sections[b]) : a.CompareTo(b));
        var inOrder = new Finding[findings.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            inOrder[i] = findings[positions[i]];
        }

        var suggestionsUnder = SuggestionsUnder(inOrder);
        var heading = -1;
        for (var i = 0; i < inOrder.Length; i++)
        {
            var finding = inOrder[i];
            if (suggestionsUnder.Placed?.Contains(finding) == true)
            {
                continue;
            }

            var section = sections[positions[i]];
            if (section != heading)
            {
                heading = section;
                output.Write("  ");
                output.WriteLine(section == 0 ? (zh ? WholeTitle : WholeEnglishTitle) : zh ? ReportForm.Sections[section - 1].Title : ReportForm.Sections[section - 1].EnglishHeading);
            }

            output.Write("    ");
            output.Write(SeverityWord(finding.Severity, zh));
            output.Write(' ');
            output.Write(finding.RuleId);
            output.Write(' ');
            output.Write(finding.Path.Length == 0 ? "/" : finding.Path);
            if (finding.Line is int line)
            {
                output.Write(finding.Column is int column ? $" ({line}:{column})" : $" ({line})");
            }

            output.WriteLine();
            output.Write("      ");
            output.WriteLine(finding.Message);
            if (suggestionsUnder.ByFinding is { } byFinding && byFinding.TryGetValue(finding, out var suggestions))
            {
                foreach (var suggestion in suggestions)
                {
                    output.Write("      ");
                    output.Write(zh ? "建议：" : "Suggestion: ");
                    output.WriteLine(suggestion.Message);
                }
            }
        }
    }

    /// <summary>
    /// Each suggestion under the first finding, in the order printed, whose place it explains; those placed. Nothing is
    /// made for the findings of a file without suggestions.
    /// </summary>
    private static (Dictionary<Finding, List<Finding>>? ByFinding, HashSet<Finding>? Placed) SuggestionsUnder(Finding[] inOrder)
    {
        Dictionary<Finding, List<Finding>>? byFinding = null;
        HashSet<Finding>? placed = null;
        foreach (var suggestion in inOrder)
        {
            if (suggestion.RuleId != CorrectionRules.SuggestedCorrection.Id)
            {
                continue;
            }

            foreach (var under in inOrder)
            {
                if (under.RuleId != suggestion.RuleId && suggestion.Related.Contains(under.Path))
                {
                    byFinding ??= new Dictionary<Finding, List<Finding>>(ReferenceEqualityComparer.Instance);
                    placed ??= new HashSet<Finding>(ReferenceEqualityComparer.Instance);
                    (byFinding.TryGetValue(under, out var list) ? list : byFinding[under] = []).Add(suggestion);
                    placed.Add(suggestion);
                    break;
                }
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

    private const string WholeTitle = "报告整体（标题、年度、机关、格式）";
    private const string WholeEnglishTitle = "The document (title, year, agency, format)";

    /// <summary>
    /// The section a pointer belongs to, counted from 1 in the form's order; 0 for the title, agency and anything outside the
    /// six sections, which count as the document itself.
    /// </summary>
    private static int SectionOf(string pointer)
    {
        var rest = pointer.AsSpan(pointer.Length > 0 ? 1 : 0);
        var slash = rest.IndexOf('/');
        var first = slash < 0 ? rest : rest.Slice(0, slash);
        for (var i = 0; i < ReportForm.Sections.Count; i++)
        {
            if (first.SequenceEqual(ReportForm.Sections[i].JsonName.AsSpan()))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
