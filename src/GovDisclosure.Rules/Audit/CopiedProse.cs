using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Diff;

namespace GovDisclosure.Rules.Audit;

/// <summary>
/// GDA004: a numbered section (一, 五 or 六 taken whole) of one agency's report at least as similar as the threshold to the
/// same section of another agency's report of the same year — both reports get a finding naming the other.
/// </summary>
/// <remarks>
/// Comparing every pair is quadratic (half a million pairs for a thousand agencies), so pairs are first found through
/// fingerprints, then measured exactly with <see cref="TextSimilarity"/>. A text's fingerprints are the hashes of its
/// eight-character runs (white space removed) chosen by their hash, one in four, so that the same run is chosen in every
/// text. Runs found in more than <see cref="CommonShare"/> of the year's reports are boilerplate (every report says
/// 政府信息公开) and tell nothing; of the rest each text keeps its <see cref="Kept"/> rarest, and two texts that keep at
/// least half of them alike are a candidate pair. A copy keeps the same fingerprints as its original, so it is a candidate unless more than
/// that share of the year's reports hold the same text; texts made only of boilerplate shared with many others are not compared.
/// </remarks>
internal static class CopiedProse
{
    private const int Run = 8;
    private const int Sampling = 4;
    private const int Kept = 8;
    private const double CommonShare = 0.05;
    private const int CommonAtLeast = 8;

    private static readonly ProseSection[] Sections = ProseSection.All.Where(s => s.IsCheckedForRepetition).ToArray();

    /// <summary>Adds GDA004 findings, by report index, among the reports of one year.</summary>
    internal static void Check(IReadOnlyList<int> year, IReadOnlyList<AnnualReport> reports, double threshold, MessageLanguage language,
        List<Finding>[] findings, ref long comparisons)
    {
        var common = Math.Max(CommonAtLeast, (int)(year.Count * CommonShare));
        foreach (var section in Sections)
        {
            var texts = year.Select(i => Stripped(section.Text(reports[i]))).ToArray();
            var prints = texts.Select(Fingerprints).ToArray();

            var frequency = new Dictionary<ulong, int>();
            foreach (var print in prints)
            {
                foreach (var hash in print)
                {
                    frequency[hash] = frequency.TryGetValue(hash, out var n) ? n + 1 : 1;
                }
            }

            // Each text keeps its rarest fingerprints; a pair is measured when they share at least half of the fewer kept.
            var kept = new int[prints.Length];
            var holders = new Dictionary<ulong, List<int>>();
            for (var t = 0; t < prints.Length; t++)
            {
                var rarest = prints[t].Where(h => frequency[h] >= 2 && frequency[h] <= common)
                    .OrderBy(h => frequency[h]).ThenBy(h => h).Take(Kept).ToArray();
                kept[t] = rarest.Length;
                foreach (var hash in rarest)
                {
                    if (!holders.TryGetValue(hash, out var list))
                    {
                        holders[hash] = list = [];
                    }

                    list.Add(t);
                }
            }

            var shared = new Dictionary<(int, int), int>();
            foreach (var list in holders.Values)
            {
                for (var a = 0; a < list.Count; a++)
                {
                    for (var b = a + 1; b < list.Count; b++)
                    {
                        shared[(list[a], list[b])] = shared.TryGetValue((list[a], list[b]), out var n) ? n + 1 : 1;
                    }
                }
            }

            var pairs = shared.Where(p => 2 * p.Value >= Math.Min(kept[p.Key.Item1], kept[p.Key.Item2])).Select(p => p.Key);
            foreach (var (a, b) in pairs.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
            {
                comparisons++;
                var similarity = TextSimilarity.Of(texts[a], texts[b]);
                if (texts[a].Length > 0 && texts[b].Length > 0 && similarity >= threshold)
                {
                    Add(findings[year[a]], section, reports[year[b]], similarity, threshold, language);
                    Add(findings[year[b]], section, reports[year[a]], similarity, threshold, language);
                }
            }
        }
    }

    private static void Add(List<Finding> findings, ProseSection section, AnnualReport other, double similarity, double threshold, MessageLanguage language)
    {
        var rule = AggregationRules.ProseCopiedFromAgency;
        findings.Add(rule.Find(language, section.Pointer,
            [section, other.Agency.Name, other.Year, YearOverYearChecks.Percent(similarity), YearOverYearChecks.Percent(threshold)],
            actual: Math.Round((decimal)similarity, 4)));
    }

    private static string Stripped(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars[length++] = c;
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>The chosen hashes of the text's runs, distinct and smallest first; a text shorter than a run is one run.</summary>
    private static ulong[] Fingerprints(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length <= Run)
        {
            return [Hash(text, 0, text.Length)];
        }

        var hashes = new List<ulong>(text.Length / Sampling + 1);
        var smallest = ulong.MaxValue;
        for (var i = 0; i + Run <= text.Length; i++)
        {
            var hash = Hash(text, i, Run);
            smallest = Math.Min(smallest, hash);
            if (hash % Sampling == 0)
            {
                hashes.Add(hash);
            }
        }

        if (hashes.Count == 0)
        {
            // A short text may have no run chosen by its hash: its smallest stands for it, the same in a copy.
            return [smallest];
        }

        hashes.Sort();
        var distinct = new List<ulong>(hashes.Count);
        foreach (var hash in hashes)
        {
            if (distinct.Count == 0 || distinct[distinct.Count - 1] != hash)
            {
                distinct.Add(hash);
            }
        }

        return distinct.ToArray();
    }

    /// <summary>FNV-1a over the characters, mixed at the end so that the low bits choose fairly.</summary>
    private static ulong Hash(string text, int start, int length)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        return hash ^ (hash >> 33);
    }
}
