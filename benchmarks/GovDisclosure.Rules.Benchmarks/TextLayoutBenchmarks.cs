using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Tests.Text;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// Text import of the seed in every layout family real reports are published in (issue 15: each within twice the seed's
/// time per byte). <c>seed</c> is the seed's published text as it is; every other family is a rendering of the seed
/// report's canonical text by the layout renderers the property tests use (tests/…/Text/Layouts.cs, compiled here too).
/// The <c>Bytes</c> column is the input's UTF-8 size, and <c>PerByte</c> its time per byte over the seed's.
/// </summary>
[Config(typeof(PerByteConfig))]
public class TextLayoutBenchmarks
{
    /// <summary>The name of the reference family.</summary>
    public const string Seed = "seed";

    private string text = "";

    /// <summary>The layout family.</summary>
    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = Seed;

    /// <summary>The families, in the order of the issue.</summary>
    public static IEnumerable<string> Families => Inputs.Keys;

    /// <summary>Each family's text, rendered once.</summary>
    internal static IReadOnlyDictionary<string, string> Inputs { get; } = Render();

    [GlobalSetup]
    public void Setup()
    {
        text = Inputs[Family];
        LoadBenchmarks.Require(Import() is not null, $"the seed in the layout “{Family}” does not import");
    }

    [Benchmark]
    public AnnualReport? Import() => PublishedText.Import(text).Report;

    private static Dictionary<string, string> Render()
    {
        var canonical = PublishedText.Export(SampleDocuments.Report(SampleDocuments.Seed));
        var zero = 0;
        return new Dictionary<string, string>
        {
            [Seed] = SampleDocuments.SeedReportText,
            ["canonical"] = canonical,
            ["cells, pipes"] = Layouts.OneCellPerLine(canonical, pipes: true),
            ["cells, no pipes"] = Layouts.OneCellPerLine(canonical, pipes: false),
            ["blank cells"] = Layouts.BlankZeros(canonical, _ => zero++ % 2 == 0),
            ["cells, blanks"] = Layouts.BlankOneCellZeros(Layouts.OneCellPerLine(canonical, pipes: true), _ => zero++ % 2 == 0),
            ["title under chrome"] = Layouts.UnderBreadcrumb(Layouts.ViewerPrefix(canonical)),
            ["headings 1. run on"] = Layouts.RunTogetherHeadings(Layouts.ArabicNumbering(canonical)),
            ["traditional"] = Layouts.TraditionalHeadingsAndLabels(canonical),
            ["PDF text"] = Layouts.PdfText(canonical),
            ["2019 table A"] = Layouts.WithTableA(canonical),
        };
    }

    private static int Bytes(string family) => Encoding.UTF8.GetByteCount(Inputs[family]);

    private sealed class PerByteConfig : ManualConfig
    {
        public PerByteConfig() => AddColumn(new FamilyColumn("Bytes", "the input's UTF-8 size", (_, family) => Bytes(family).ToString()),
            new FamilyColumn("PerByte", "time per byte over the seed's", PerByte));

        private static string PerByte(Summary summary, string family)
        {
            var seed = summary.Reports.Select(r => r.BenchmarkCase).FirstOrDefault(c => (string)c.Parameters[nameof(Family)] == Seed);
            var mine = summary.Reports.Select(r => r.BenchmarkCase).FirstOrDefault(c => (string)c.Parameters[nameof(Family)] == family);
            if (seed is null || mine is null || summary[seed]?.ResultStatistics is not { } reference || summary[mine]?.ResultStatistics is not { } measured)
            {
                return "?";
            }

            return ((measured.Mean / Bytes(family)) / (reference.Mean / Bytes(Seed))).ToString("0.00") + "×";
        }
    }

    private sealed class FamilyColumn(string name, string legend, System.Func<Summary, string, string> value) : IColumn
    {
        public string Id => "TextLayout" + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, (string)benchmarkCase.Parameters[nameof(Family)]);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
