using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// The one implementation of each year-over-year check (GD501–GD506), shared by the comparer and the validator. Each adds its
/// findings, in the chosen language, to a list.
/// </summary>
internal static class YearOverYearChecks
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>GD501: this year must follow last year.</summary>
    internal static void Years(AnnualReport previous, AnnualReport current, MessageLanguage language, List<Finding> findings)
    {
        var expected = (long)previous.Year + 1;
        if (current.Year != expected)
        {
            var rule = YearOverYearRules.NotConsecutive;
            findings.Add(new Finding(rule.Id, rule.DefaultSeverity, rule.Format(language, current.Year, previous.Year, expected),
                "/year", expected: expected, actual: current.Year));
        }
    }

    /// <summary>GD502: the same agency, white space aside (text extraction often adds or drops spaces).</summary>
    internal static void AgencyName(AnnualReport previous, AnnualReport current, MessageLanguage language, List<Finding> findings)
    {
        if (!string.Equals(WithoutWhiteSpace(previous.Agency.Name), WithoutWhiteSpace(current.Agency.Name), StringComparison.Ordinal))
        {
            var rule = YearOverYearRules.AgencyChanged;
            findings.Add(new Finding(rule.Id, rule.DefaultSeverity, rule.Format(language, current.Agency.Name, previous.Agency.Name),
                ReportForm.AgencyName.Pointer));
        }
    }

    /// <summary>GD503 and GD504: every relation of <see cref="ReportForm.YearOverYearRelations"/>.</summary>
    internal static void Chains(AnnualReport previous, AnnualReport current, MessageLanguage language, List<Finding> findings)
    {
        foreach (var relation in ReportForm.YearOverYearRelations)
        {
            Chain(relation, previous, current, language, findings);
        }
    }

    /// <summary>One relation between the years; the message shows the arithmetic with the form's labels.</summary>
    internal static void Chain(YearOverYearRelation relation, AnnualReport previous, AnnualReport current, MessageLanguage language, List<Finding> findings)
    {
        var expected = relation.ExpectedValue(previous, current);
        var actual = relation.Current.Count(current);
        if (expected == actual)
        {
            return;
        }

        var rule = YearOverYearRules.All.First(r => r.Id == relation.RuleId);
        var english = language == MessageLanguage.English;
        var sameRow = relation.FromPrevious.Row == relation.Current.Row;
        var arithmetic = new StringBuilder()
            .Append(english ? "last year's " : "上一年度")
            .Append(TermLabel(relation.FromPrevious, sameRow, english)).Append(' ').Append(Number(relation.FromPrevious.Count(previous)));
        foreach (var cell in relation.Added)
        {
            arithmetic.Append(" + ").Append(TermLabel(cell, true, english)).Append(' ').Append(Number(cell.Count(current)));
        }

        foreach (var cell in relation.Subtracted)
        {
            arithmetic.Append(" − ").Append(TermLabel(cell, true, english)).Append(' ').Append(Number(cell.Count(current)));
        }

        if (relation.Added.Count + relation.Subtracted.Count > 0)
        {
            arithmetic.Append(" = ").Append(Number(expected));
        }

        var label = english ? relation.Current.EnglishLabel : relation.Current.Label;
        var related = new[] { relation.FromPrevious }.Concat(relation.CurrentTerms)
            .Where(c => c != relation.Current).Select(c => c.Pointer).Distinct().ToArray();
        findings.Add(new Finding(rule.Id, rule.DefaultSeverity, rule.Format(language, label, Number(actual), arithmetic.ToString()),
            relation.Current.Pointer, related, expected, actual));
    }

    /// <summary>
    /// GD505: a numbered section taken whole that is nearly last year's text (内容雷同). An empty section repeats nothing:
    /// GD003 reports it.
    /// </summary>
    internal static void Repetition(ProseSection section, string currentText, double similarity, DiffOptions options, List<Finding> findings)
    {
        if (section.IsCheckedForRepetition && similarity >= options.SimilarityThreshold && !string.IsNullOrWhiteSpace(currentText))
        {
            var rule = YearOverYearRules.ProseRepeated;
            findings.Add(new Finding(rule.Id, rule.DefaultSeverity,
                rule.Format(options.Language, section.LabelIn(options.Language), Percent(similarity), Percent(options.SimilarityThreshold)),
                section.Pointer, actual: Math.Round((decimal)similarity, 4)));
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

        var english = options.Language == MessageLanguage.English;
        string how;
        if (change > 0)
        {
            how = previous == 0
                ? (english ? $"up {Number(change)} from 0" : $"增加 {Number(change)}，上年为 0")
                : (english ? $"up {Number(change)}, {Ratio((decimal)current / previous)} times last year's" : $"增加 {Number(change)}，为上年的 {Ratio((decimal)current / previous)} 倍");
        }
        else
        {
            how = current == 0
                ? (english ? $"down {Number(-change)} to 0" : $"减少 {Number(-change)}，本年为 0")
                : (english ? $"down {Number(-change)}, {Percent((double)current / previous)} of last year's" : $"减少 {Number(-change)}，为上年的 {Percent((double)current / previous)}");
        }

        var rule = YearOverYearRules.SharpChange;
        findings.Add(new Finding(rule.Id, rule.DefaultSeverity,
            rule.Format(options.Language, english ? cell.EnglishLabel : cell.Label, Number(previous), Number(current), how),
            cell.Pointer, actual: current));
    }

    /// <summary>A percentage with at most one decimal, as people write it: 0.9 → "90%", 0.9567 → "95.7%".</summary>
    internal static string Percent(double fraction) => (fraction * 100).ToString("0.#", Invariant) + "%";

    private static string Ratio(decimal ratio) => ratio.ToString("0.#", Invariant);

    private static string Number(decimal value) => value.ToString(Invariant);

    private static string Number(long value) => value.ToString(Invariant);

    /// <summary>A term of the arithmetic: the column alone within the checked row, the row and column otherwise.</summary>
    private static string TermLabel(FormCell cell, bool sameRow, bool english) =>
        english
            ? (sameRow ? cell.Column.EnglishLabel : cell.Row.EnglishLabel + " › " + cell.Column.EnglishLabel)
            : (sameRow ? cell.Column.Label : cell.Row.ShortLabel + " › " + cell.Column.Label);

    private static string WithoutWhiteSpace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
