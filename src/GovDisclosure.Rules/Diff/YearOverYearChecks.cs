using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// The one implementation of each year-over-year check (GD501–GD507), shared by <see cref="ReportComparer"/> and the
/// validator's rules (Validation/YearOverYearRule: the validator builds on the diff, never the other way). Each adds its findings, in the language of the options, to a list.
/// </summary>
internal static class YearOverYearChecks
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>GD501: this year must follow last year.</summary>
    internal static void Years(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        var expected = (long)previous.Year + 1;
        if (current.Year != expected)
        {
            var rule = YearOverYearRules.NotConsecutive;
            findings.Add(rule.Find(options.Language, "/year", [current.Year, previous.Year, expected], expected: expected, actual: current.Year));
        }
    }

    /// <summary>GD502: the same agency, white space aside (text extraction often adds or drops spaces).</summary>
    internal static void AgencyName(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        if (!SameBesidesWhiteSpace(previous.Agency.Name, current.Agency.Name))
        {
            var rule = YearOverYearRules.AgencyChanged;
            findings.Add(rule.Find(options.Language, ReportForm.AgencyName.Pointer, [current.Agency.Name, previous.Agency.Name]));
        }
    }

    /// <summary>GD503: every carry-over relation of <see cref="ReportForm.YearOverYearRelations"/>.</summary>
    internal static void CarryOver(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings) =>
        Chains(YearOverYearRules.CarryOverMismatch, previous, current, options, findings);

    /// <summary>GD504: every in-force relation of <see cref="ReportForm.YearOverYearRelations"/>.</summary>
    internal static void InForce(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings) =>
        Chains(YearOverYearRules.InForceMismatch, previous, current, options, findings);

    /// <summary>GD505 over every section checked for repetition, for the validator (the comparer has the similarities already).</summary>
    internal static void Repetitions(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        var previousProse = StrippedProse.First.Read(previous);
        var currentProse = StrippedProse.Second.Read(current);
        foreach (var section in ProseSection.All)
        {
            if (section.IsCheckedForRepetition)
            {
                var text = currentProse.Section(section);
                Repetition(section, text.Length == 0, TextSimilarity.OfStripped(previousProse.Section(section), text), options, findings);
            }
        }

        previousProse.Release();
        currentProse.Release();
    }

    /// <summary>
    /// GD505: a numbered section taken whole that is nearly last year's text (内容雷同). An empty section repeats nothing:
    /// GD003 reports it.
    /// </summary>
    internal static void Repetition(ProseSection section, bool currentIsBlank, double similarity, DiffOptions options, List<Finding> findings)
    {
        if (section.IsCheckedForRepetition && similarity >= options.SimilarityThreshold && !currentIsBlank)
        {
            var rule = YearOverYearRules.ProseRepeated;
            findings.Add(rule.Find(options.Language, section.Pointer, [section, Percent(similarity), Percent(options.SimilarityThreshold)],
                actual: Math.Round((decimal)similarity, 4)));
        }
    }

    /// <summary>GD506 over every count cell, for the validator (the comparer meets the changed cells anyway).</summary>
    internal static void SharpChanges(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind == CellKind.Count)
            {
                SharpChange(cell, cell.Count(previous), cell.Count(current), options, findings);
            }
        }
    }

    /// <summary>GD506: a count that grew or shrank by the factor of the options and by at least their minimum.</summary>
    internal static void SharpChange(FormCell cell, long previous, long current, DiffOptions options, List<Finding> findings)
    {
        // Ratios rather than products, so that no factor can overflow; growth from 0 (or a fall to 0) is by any factor.
        var change = (decimal)current - previous;
        var grew = change > 0 && (previous == 0 || (decimal)current / previous >= options.SharpChangeFactor);
        var shrank = change < 0 && (current == 0 || (decimal)previous / current >= options.SharpChangeFactor);
        if (!(grew || shrank) || Math.Abs(change) < options.SharpChangeMinimum)
        {
            return;
        }

        MessagePart how;
        if (change > 0)
        {
            how = previous == 0
                ? new MessagePart("YearOverYear.UpFromZero", change)
                : new MessagePart("YearOverYear.Up", change, Ratio((decimal)current / previous));
        }
        else
        {
            how = current == 0
                ? new MessagePart("YearOverYear.DownToZero", -change)
                : new MessagePart("YearOverYear.Down", -change, Percent((double)current / previous));
        }

        var rule = YearOverYearRules.SharpChange;
        findings.Add(rule.Find(options.Language, cell.Pointer, [cell, previous, current, how], actual: current));
    }

    /// <summary>The fewest non-zero counts for GD507: a report of nearly all zeros is the same every year without being copied.</summary>
    internal const int CopiedTablesMinimumNonZero = 3;

    /// <summary>GD507 for the validator: every count read once per report, row by row.</summary>
    internal static void CopiedTables(AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings) =>
        CopiedTables(ReportForm.ReadCounts(previous), ReportForm.ReadCounts(current), options.Language, findings);

    /// <summary>
    /// GD507: every count of tables A, B and C equals last year's while at least
    /// <see cref="CopiedTablesMinimumNonZero"/> are non-zero, from the counts by <see cref="FormCell.Index"/>.
    /// </summary>
    internal static void CopiedTables(long[] previous, long[] current, MessageLanguage language, List<Finding> findings)
    {
        var (counts, nonZero) = (0, 0);
        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind != CellKind.Count)
            {
                continue;
            }

            if (previous[cell.Index] != current[cell.Index])
            {
                return;
            }

            counts++;
            nonZero += current[cell.Index] != 0 ? 1 : 0;
        }

        if (nonZero >= CopiedTablesMinimumNonZero)
        {
            var rule = YearOverYearRules.TablesCopied;
            findings.Add(rule.Find(language, ReportForm.ApplicationsSection.Pointer, [counts, nonZero],
                [ReportForm.ProactiveDisclosureSection.Pointer, ReportForm.ReviewsAndLitigationSection.Pointer]));
        }
    }

    /// <summary>A percentage with at most one decimal, as people write it: 0.9 → "90%", 0.9567 → "95.7%".</summary>
    internal static string Percent(double fraction) => (fraction * 100).ToString("0.#", Invariant) + "%";

    /// <summary>Every relation of one rule; the message shows the arithmetic with the form's labels.</summary>
    private static void Chains(RuleDescriptor rule, AnnualReport previous, AnnualReport current, DiffOptions options, List<Finding> findings)
    {
        foreach (var relation in ReportForm.YearOverYearRelations)
        {
            if (relation.RuleId != rule.Id)
            {
                continue;
            }

            var expected = relation.ExpectedValue(previous, current);
            var actual = relation.Current.Count(current);
            if (expected != actual)
            {
                var related = new[] { relation.FromPrevious }.Concat(relation.CurrentTerms)
                    .Where(c => c != relation.Current).Select(c => c.Pointer).Distinct().ToArray();
                findings.Add(rule.Find(options.Language, relation.Current.Pointer, [new YearOverYearFigures(relation, previous, current)], related, expected, actual));
            }
        }
    }

    private static string Ratio(decimal ratio) => ratio.ToString("0.#", Invariant);

    /// <summary>Whether the texts are the same once white space is removed from both, compared in place rather than copied.</summary>
    private static bool SameBesidesWhiteSpace(string first, string second)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < first.Length && char.IsWhiteSpace(first[i]))
            {
                i++;
            }

            while (j < second.Length && char.IsWhiteSpace(second[j]))
            {
                j++;
            }

            if (i == first.Length || j == second.Length)
            {
                return i == first.Length && j == second.Length;
            }

            if (first[i++] != second[j++])
            {
                return false;
            }
        }
    }
}
