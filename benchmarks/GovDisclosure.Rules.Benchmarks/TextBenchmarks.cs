using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// The seed as text extracted from its published page: importing it, and exporting the report as canonical text; and
/// importing it in two other layouts (one cell a line, as a browser copies a table; cells separated by single spaces,
/// as a PDF viewer extracts them), whose time per byte should stay within twice the seed's.
/// </summary>
public class TextBenchmarks
{
    private string seedText = "";
    private string oneCellPerLine = "";
    private string pdfText = "";
    private AnnualReport seed = null!;

    [GlobalSetup]
    public void Setup()
    {
        seedText = SampleDocuments.SeedReportText;
        seed = SampleDocuments.Report(SampleDocuments.Seed);
        oneCellPerLine = seedText.Replace('\t', '\n');
        pdfText = seedText.Replace('\t', ' ');
        LoadBenchmarks.Require(Import() is not null, "the seed text does not import");
        LoadBenchmarks.Require(ImportOneCellPerLine() is not null, "the seed one cell a line does not import");
        LoadBenchmarks.Require(ImportPdfText() is not null, "the seed as PDF text does not import");
    }

    [Benchmark]
    public AnnualReport? Import() => PublishedText.Import(seedText).Report;

    [Benchmark]
    public string Export() => PublishedText.Export(seed);

    [Benchmark]
    public AnnualReport? ImportOneCellPerLine() => PublishedText.Import(oneCellPerLine).Report;

    [Benchmark]
    public AnnualReport? ImportPdfText() => PublishedText.Import(pdfText).Report;
}
