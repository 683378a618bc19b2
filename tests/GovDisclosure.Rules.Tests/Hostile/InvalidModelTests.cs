using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Tests.Diff;
using GovDisclosure.Rules.Tests.Validation;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// A report built in code that the reader would refuse: figures out of range give the reader's GDJ006 findings from
/// Validate, Compare and Aggregate (and an exception from the writers, which have no findings to give); a null where the
/// model requires a member is an <see cref="ArgumentException"/> naming it, from every entry point alike.
/// </summary>
public class InvalidModelTests
{
    private static readonly AnnualReport Seed = DiffFixtures.Seed;

    // A count the seed never holds, so that it can be found in the JSON and replaced by a value out of range.
    private const long Marker = 987654321;

    private static readonly FormCell[] CountCells = ReportForm.Cells.Where(c => c.Kind == CellKind.Count).ToArray();

    [Fact]
    public void A_negative_count_gives_the_readers_finding_and_no_other()
    {
        var cell = ReportForm.Received.Cells[0];
        var finding = Assert.Single(Validate.Chinese.Validate(WithCount(cell, -1)).Findings);
        Assert.Equal(("GDJ006", cell.Pointer), (finding.RuleId, finding.Path));
        Assert.Contains("-1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_that_would_wrap_around_are_refused_rather_than_summed()
    {
        // long.MaxValue + 1 wraps to long.MinValue: the row total "holds" in 64-bit arithmetic.
        var row = ReportForm.Received;
        var counts = ReportForm.ReadCounts(Seed);
        Array.Clear(counts, row.FirstCellIndex, row.Cells.Count);
        counts[row.Cells[0].Index] = long.MaxValue;
        counts[row.Cells[1].Index] = 1;
        counts[row.Cells[^1].Index] = long.MinValue;
        var report = ReportForm.WithFigures(Seed, counts, Seed.ProactiveDisclosure.Fees.AmountTenThousandYuan);

        var findings = Validate.Chinese.Validate(report).Findings;
        Assert.Equal([row.Cells[0].Pointer, row.Cells[^1].Pointer], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal("GDJ006", f.RuleId));
    }

    [Fact]
    public void Validate_gives_for_any_count_out_of_range_what_the_reader_gives_for_the_same_data() =>
        Prop.ForAll(Gen.Elements(CountCells).Zip(Gen.OneOf(Gen.Choose(int.MinValue, -1).Select(v => (long)v), Gen.Elements(ReportForm.MaxCount + 1, long.MaxValue, long.MinValue))).ToArbitrary(), pair =>
        {
            var (cell, value) = pair;
            var report = WithCount(cell, value);
            var read = ReportJson.Read(ReportJson.Write(WithCount(cell, Marker)).Replace(Marker.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture)));
            Assert.Null(read.Report);
            Assert.Equal(read.Findings.Select(f => (f.RuleId, f.Path, f.Message)), Validate.Chinese.Validate(report).Findings.Select(f => (f.RuleId, f.Path, f.Message)));
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public void A_year_out_of_range_gives_the_readers_finding(int year)
    {
        var read = ReportJson.Read(ReportJson.Write(Seed with { Year = 2000 }).Replace("2000", year.ToString(CultureInfo.InvariantCulture)));
        var validated = Validate.Chinese.Validate(Seed with { Year = year }).Findings;
        Assert.Equal(read.Findings.Select(f => (f.RuleId, f.Path, f.Message)), validated.Select(f => (f.RuleId, f.Path, f.Message)));
    }

    [Fact]
    public void A_negative_fee_gives_the_readers_finding()
    {
        var report = Seed with { ProactiveDisclosure = Seed.ProactiveDisclosure with { Fees = new FeeAmount { AmountTenThousandYuan = -0.5m } } };
        var finding = Assert.Single(Validate.English.Validate(report).Findings);
        Assert.Equal(("GDJ006", ReportForm.FeesAmount.Pointer), (finding.RuleId, finding.Path));
        Assert.Contains("-0.5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Last_years_report_out_of_range_is_named_in_the_finding()
    {
        var finding = Assert.Single(Validate.English.Validate(Seed, WithCount(ReportForm.Received.Cells[0], -3)).Findings);
        Assert.Equal("GDJ006", finding.RuleId);
        Assert.StartsWith("Last year's report: ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_of_a_report_out_of_range_gives_the_readers_finding_and_compares_nothing()
    {
        var diff = ReportComparer.Compare(Seed with { Year = 2021 }, WithCount(ReportForm.Received.Cells[0], -1));
        var finding = Assert.Single(diff.Findings);
        Assert.Equal(("GDJ006", ReportForm.Received.Cells[0].Pointer), (finding.RuleId, finding.Path));
        Assert.Empty(diff.Cells);
        Assert.Empty(diff.Sections);
    }

    [Fact]
    public void Aggregate_refuses_a_negative_count_instead_of_subtracting_it()
    {
        var result = ReportAggregator.Aggregate([Seed, WithCount(ReportForm.Received.Cells[0], -1)], "roll-up");
        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("GDJ006", finding.RuleId);
        Assert.StartsWith("第 2 份报告", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writers_refuse_a_count_out_of_range_naming_it()
    {
        var report = WithCount(ReportForm.Received.Cells[0], -1);
        var pointer = ReportForm.Received.Cells[0].Pointer;
        Assert.Contains(pointer, Assert.Throws<ArgumentException>("report", () => ReportJson.Write(report)).Message, StringComparison.Ordinal);
        Assert.Contains(pointer, Assert.Throws<ArgumentException>("report", () => PublishedText.Export(report)).Message, StringComparison.Ordinal);
        Assert.Contains(pointer, Assert.Throws<ArgumentException>("report", () => PublishedText.ToMarkdown(report)).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Nulls => new(NullMembers.Keys);

    private static readonly Dictionary<string, AnnualReport> NullMembers = new()
    {
        ["/agency"] = Seed with { Agency = null! },
        ["/agency/name"] = Seed with { Agency = Seed.Agency with { Name = null! } },
        ["/overview"] = Seed with { Overview = null! },
        ["/overview/summary"] = Seed with { Overview = Seed.Overview with { Summary = null! } },
        ["/applications/outcomes/withheld"] = Seed with { Applications = Seed.Applications with { Outcomes = Seed.Applications.Outcomes with { Withheld = null! } } },
        ["/applications/received"] = Seed with { Applications = Seed.Applications with { Received = null! } },
        ["/proactiveDisclosure/fees"] = Seed with { ProactiveDisclosure = Seed.ProactiveDisclosure with { Fees = null! } },
        ["/reviewsAndLitigation"] = Seed with { ReviewsAndLitigation = null! },
        ["/otherMatters"] = Seed with { OtherMatters = null! },
    };

    [Theory]
    [MemberData(nameof(Nulls))]
    public void A_null_member_is_an_argument_exception_naming_it_from_every_entry_point(string pointer)
    {
        var report = NullMembers[pointer];
        var calls = new (string Parameter, Action Call)[]
        {
            ("report", () => Validate.Chinese.Validate(report)),
            ("previous", () => Validate.Chinese.Validate(Seed, report)),
            ("current", () => ReportComparer.Compare(Seed, report)),
            ("report", () => ReportJson.Write(report)),
            ("report", () => PublishedText.Export(report)),
            ("reports", () => ReportAggregator.Aggregate([Seed, report], "roll-up")),
        };
        foreach (var (parameter, call) in calls)
        {
            var exception = Assert.Throws<ArgumentException>(parameter, call);
            Assert.Contains(pointer + "：", exception.Message, StringComparison.Ordinal);
        }
    }

    private static AnnualReport WithCount(FormCell cell, long value)
    {
        var counts = ReportForm.ReadCounts(Seed);
        counts[cell.Index] = value;
        return ReportForm.WithFigures(Seed, counts, Seed.ProactiveDisclosure.Fees.AmountTenThousandYuan);
    }
}
