using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// GDA005: a published roll-up (a city's 各部门 report) against the sum of its members' reports of the same year, cell by
/// cell. A roll-up is a report whose normalised name ends with 各部门 or 各部门汇总; its place is the name before that (less
/// a trailing 人民政府); its members are the other reports of the year whose name starts with the place, which are not
/// roll-ups themselves, nor governments (人民政府), nor below the place (a 区, 县 or 旗 in the rest of the name).
/// </summary>
internal static class RollUps
{
    private static readonly string[] Suffixes = ["各部门汇总", "各部门"];
    private const string Government = "人民政府";

    /// <summary>The place a roll-up covers, or null when the key is not a roll-up's.</summary>
    internal static string? PlaceOf(string key)
    {
        foreach (var suffix in Suffixes)
        {
            if (key.Length > suffix.Length && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var place = key.Substring(0, key.Length - suffix.Length);
                return place.EndsWith(Government, StringComparison.Ordinal) && place.Length > Government.Length
                    ? place.Substring(0, place.Length - Government.Length)
                    : place;
            }
        }

        return null;
    }

    /// <summary>Whether a report of the given key belongs to the roll-up of a place.</summary>
    internal static bool IsMember(string place, string key)
    {
        if (key.Length <= place.Length || !key.StartsWith(place, StringComparison.Ordinal) || PlaceOf(key) is not null)
        {
            return false;
        }

        var rest = key.Substring(place.Length);
        return !rest.EndsWith(Government, StringComparison.Ordinal) && rest.IndexOfAny(['区', '县', '旗']) < 0;
    }

    /// <summary>Adds GDA005 findings, by report index, for every roll-up among the reports of one year.</summary>
    internal static void Check(IReadOnlyList<int> year, IReadOnlyList<AnnualReport> reports, IReadOnlyList<string> keys,
        MessageLanguage language, List<Finding>[] findings)
    {
        foreach (var rollUp in year)
        {
            if (PlaceOf(keys[rollUp]) is not { } place)
            {
                continue;
            }

            var members = year.Where(i => IsMember(place, keys[i])).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var sums = new decimal[ReportForm.Cells.Count];
            var counts = new long[ReportForm.Cells.Count];
            foreach (var member in members)
            {
                ReportForm.ReadCounts(reports[member], counts);
                foreach (var cell in ReportForm.Cells)
                {
                    sums[cell.Index] += cell.Kind == CellKind.Count ? counts[cell.Index] : cell.Value(reports[member]);
                }
            }

            ReportForm.ReadCounts(reports[rollUp], counts);
            var rule = AggregationRules.RollUpMismatch;
            foreach (var cell in ReportForm.Cells)
            {
                var published = cell.Kind == CellKind.Count ? counts[cell.Index] : cell.Value(reports[rollUp]);
                var sum = sums[cell.Index];
                if (published != sum)
                {
                    findings[rollUp].Add(rule.Find(language, cell.Pointer,
                        [cell, published.ToString(CultureInfo.InvariantCulture), members.Length, sum.ToString(CultureInfo.InvariantCulture)],
                        expected: sum, actual: published));
                }
            }
        }
    }
}
