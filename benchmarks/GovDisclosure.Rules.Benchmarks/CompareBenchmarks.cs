using System.Linq;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Benchmarks.Documents;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The diff engine: comparing the seed with a copy of itself moved back a year and edited, and the similarity of two
/// 10,000-character sections (character-bigram Dice, O(n)).
/// </summary>
public class CompareBenchmarks
{
    private AnnualReport previous = null!;
    private AnnualReport current = null!;
    private string longSection = "";
    private string longSectionEdited = "";

    [GlobalSetup]
    public void Setup()
    {
        current = ReportJson.Read(SampleDocuments.Json(SampleDocuments.Seed)).Report!;
        previous = current with { Year = current.Year - 1, OtherMatters = current.OtherMatters.Replace("2022", "2021") };
        longSection = string.Concat(Enumerable.Repeat(current.ProblemsAndImprovements, 10_000 / current.ProblemsAndImprovements.Length + 1)).Substring(0, 10_000);
        longSectionEdited = longSection.Replace("2022", "2023").Replace("市科技局", "我局");
    }

    [Benchmark]
    public ReportDiff Compare() => ReportComparer.Compare(previous, current);

    [Benchmark]
    public double SimilarityOfTenThousandCharacters() => TextSimilarity.Of(longSection, longSectionEdited);
}
