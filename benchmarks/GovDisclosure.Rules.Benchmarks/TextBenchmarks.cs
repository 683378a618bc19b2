using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed as text extracted from its published page: importing it, and exporting the report as canonical text. Every
/// other layout family is measured by <see cref="TextLayoutBenchmarks"/>.
/// </summary>
public class TextBenchmarks
{
    private string seedText = "";
    private AnnualReport seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        seedText = SampleDocuments.SeedReportText;
        seed = SampleDocuments.Report(SampleDocuments.Seed);
        LoadBenchmarks.Require(Import() is not null, "the seed text does not import");
    }

    [Benchmark]
    public AnnualReport? Import() => PublishedText.Import(seedText).Report;

    [Benchmark]
    public string Export() => PublishedText.Export(seed);
}
