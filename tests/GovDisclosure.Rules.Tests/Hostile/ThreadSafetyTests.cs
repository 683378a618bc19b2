using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// One validator, the comparer and the JSON reader and writer shared by 16 threads over 1,000 generated reports give
/// exactly what they give one report after another: the same findings in the same order.
/// </summary>
public class ThreadSafetyTests
{
    private const int Count = 1000;

    private const int Threads = 16;

    // Consistent reports and reports that each break one rule, so that the findings to compare are many and varied.
    private static readonly AnnualReport[] Reports = Enumerable.Range(0, Count)
        .Select(i => i % (ReportGenerators.BreakableRules.Count + 1))
        .GroupBy(kind => kind)
        .SelectMany(group => (group.Key < ReportGenerators.BreakableRules.Count
                ? ReportGenerators.BrokenReport(ReportGenerators.BreakableRules[group.Key])
                : ReportGenerators.ConsistentReport())
            .Sample(group.Count(), new Rnd((ulong)group.Key + 1), 30))
        .ToArray();

    // Consecutive years, and every other pair the wrong way round, so that the year-over-year rules find something.
    private static readonly (AnnualReport Previous, AnnualReport Current)[] Pairs = ReportGenerators.ConsecutiveYears()
        .Sample(Count, new Rnd(2021UL), 30)
        .Select((pair, i) => i % 2 == 0 ? (pair.Previous, pair.Current) : (pair.Current, pair.Previous))
        .ToArray();

    [Fact]
    public void Validating_on_16_threads_gives_the_findings_of_validating_in_sequence()
    {
        var validator = new ReportValidator();
        var english = new ReportValidator(new ValidationOptions { Language = MessageLanguage.English });

        var sequential = Reports.Select(r => validator.Validate(r)).ToArray();
        var parallel = OnManyThreads.Run(Count, Threads, i => validator.Validate(Reports[i]));
        var alternating = OnManyThreads.Run(Count, Threads, i => (i % 2 == 0 ? validator : english).Validate(Reports[i]));

        // Every rule the generators break is found somewhere, so there is much to get wrong.
        Assert.Superset(ReportGenerators.BreakableRules.ToHashSet(), sequential.SelectMany(r => r.Findings).Select(f => f.RuleId).ToHashSet());
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(sequential[i].Findings, parallel[i].Findings);
            Assert.Equal(sequential[i].ToJson(), parallel[i].ToJson());
            Assert.Equal(i % 2 == 0 ? sequential[i].Findings : english.Validate(Reports[i]).Findings, alternating[i].Findings);
        }
    }

    [Fact]
    public void Validating_with_last_years_report_on_16_threads_gives_the_findings_of_validating_in_sequence()
    {
        var validator = new ReportValidator();

        var sequential = Pairs.Select(p => validator.Validate(p.Current, p.Previous)).ToArray();
        var parallel = OnManyThreads.Run(Count, Threads, i => validator.Validate(Pairs[i].Current, Pairs[i].Previous));

        Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(sequential[i].Findings, parallel[i].Findings));
    }

    [Fact]
    public void Comparing_on_16_threads_gives_the_diffs_of_comparing_in_sequence()
    {
        var sequential = Pairs.Select(p => ReportComparer.Compare(p.Previous, p.Current)).ToArray();
        var parallel = OnManyThreads.Run(Count, Threads, i => ReportComparer.Compare(Pairs[i].Previous, Pairs[i].Current));

        Assert.Superset(new[] { "GD501", "GD503", "GD504" }.ToHashSet(), sequential.SelectMany(d => d.Findings).Select(f => f.RuleId).ToHashSet());
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(sequential[i].Findings, parallel[i].Findings);
            Assert.Equal(sequential[i].Cells.Select(Change), parallel[i].Cells.Select(Change));
            Assert.Equal(sequential[i].Sections.Select(s => (s.Pointer, s.Similarity)), parallel[i].Sections.Select(s => (s.Pointer, s.Similarity)));
            Assert.Equal(ReportDiffJson.ToJson(sequential[i]), ReportDiffJson.ToJson(parallel[i]));
        }
    }

    [Fact]
    public void Writing_and_reading_JSON_on_16_threads_gives_what_it_gives_in_sequence()
    {
        var written = Reports.Select(r => ReportJson.WriteUtf8(r)).ToArray();
        var damaged = written.Select((json, i) => Damage(json, i)).ToArray();
        var read = damaged.Select(json => ReportJson.Read(json)).ToArray();

        var writtenInParallel = OnManyThreads.Run(Count, Threads, i => ReportJson.WriteUtf8(Reports[i]));
        var readInParallel = OnManyThreads.Run(Count, Threads, i => (ReportJson.Read(written[i]).Report, ReportJson.Read(damaged[i]).Findings));

        Assert.Contains(read, r => r.Findings.Count > 0);
        for (var i = 0; i < Count; i++)
        {
            Assert.Equal(written[i], writtenInParallel[i]);
            Assert.Equal(Reports[i], readInParallel[i].Report);
            Assert.Equal(read[i].Findings, readInParallel[i].Findings);
        }
    }

    private static (string, decimal, decimal, decimal, double?) Change(CellChange c) => (c.Pointer, c.Previous, c.Current, c.Delta, c.RelativeChange);

    /// <summary>A few bytes of a document changed, the same way each time for the same index.</summary>
    private static byte[] Damage(byte[] json, int index) =>
        ByteEdits.Any().Generator.Sample(1, new Rnd((ulong)index + 7), 10)[0].ApplyTo(json);
}
