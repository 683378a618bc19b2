using System.Linq;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Rules.Benchmarks.Documents;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Validation;
using GovDisclosure.Rules.Validation.Corrections;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>
/// GD601 on the seed with figures mistyped: the validator with and without suggestions, and the solver alone. The breaks:
/// one cell (a total typed with a digit twice: two relations fail, one correction); two cells in unrelated relations (the
/// same and an outcome typed with a digit twice: four relations fail, one pair); and two cells of table C (one relation
/// each, a total printed where every outcome is 0, so that any of five cells could be wrong in each: 25 pairs).
/// </summary>
public class CorrectionBenchmarks
{
    public const string OneCell = "one cell";
    public const string TwoCells = "two cells";
    public const string TwoCellsWide = "two cells, 25 pairs";

    private readonly ReportValidator withSuggestions = new();
    private readonly ReportValidator withoutSuggestions = new(new ValidationOptions { SuggestCorrections = false });
    private readonly bool[] everything = RelationSystem.Form.Constraints.Select(_ => true).ToArray();
    private AnnualReport report = null!;
    private long[] counts = null!;

    [Params(OneCell, TwoCells, TwoCellsWide)]
    public string Break { get; set; } = OneCell;

    [GlobalSetup]
    public void Setup()
    {
        var seed = SampleDocuments.Report(SampleDocuments.Seed);
        report = Break switch
        {
            OneCell => With(seed, "/applications/received/total", 111),
            TwoCells => With(With(seed, "/applications/received/total", 111), "/applications/outcomes/unableToProvide/notHeld/naturalPersons", 40),
            _ => With(With(seed, "/reviewsAndLitigation/administrativeReview/total", 3), "/reviewsAndLitigation/litigationAfterReview/total", 2),
        };
        counts = ReportForm.ReadCounts(report);
        var expected = Break == OneCell ? 1 : Break == TwoCells ? 2 : 25;
        var found = new CorrectionSolver(RelationSystem.Form, everything, counts, null).Solve(2);
        LoadBenchmarks.Require(found.Count == (Break == TwoCellsWide ? expected : 1) && found[0].Changes.Count == (Break == OneCell ? 1 : 2),
            $"the {Break} break has {found.Count} corrections");
    }

    [Benchmark(Baseline = true)]
    public ValidationResult ValidateWithoutSuggestions() => withoutSuggestions.Validate(report);

    [Benchmark]
    public ValidationResult ValidateWithSuggestions() => withSuggestions.Validate(report);

    [Benchmark]
    public int Solve() => new CorrectionSolver(RelationSystem.Form, everything, counts, null).Solve(2).Count;

    private static AnnualReport With(AnnualReport report, string pointer, long value) => ReportForm.WithValue(report, ReportForm.FindCell(pointer)!, value);
}
