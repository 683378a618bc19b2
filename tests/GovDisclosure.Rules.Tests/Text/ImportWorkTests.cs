using System;
using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Text import is linear in its input: the characters its scanning helpers examine (<see cref="ScanWork"/>) at most
/// roughly double when the input doubles — counted, never timed.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class ImportWorkTests
{
    /// <summary>The characters examined importing a text.</summary>
    internal static long Work(string text)
    {
        var before = ScanWork.Characters;
        PublishedText.Import(text);
        return ScanWork.Characters - before;
    }

    // Linear work is a·n + b; a small b may be negative (a finding fewer), hence the 5 % allowance. Quadratic work would
    // come out four times as large.
    private static void AssertAtMostDoubled(string single, string twice)
    {
        var (a, b) = (Work(single), Work(twice));
        Assert.True(a >= single.Length, $"{a} characters examined for {single.Length}: the count misses the importer's work");
        Assert.True(b <= (2 * a) + (a / 20), $"{a} characters examined for {single.Length}, {b} for {twice.Length}");
    }

    private static string Repeated(string text, int times) => string.Concat(Enumerable.Repeat(text + "\n", times));

    // Every line of prose (no tab, not a heading) written n times over on its line.
    private static string ProseTimes(string text, int times) =>
        string.Join("\n", text.Split('\n').Select(l => l.IndexOf('\t') >= 0 || l.Trim().Length == 0 || Headings.IsHeading(l) ? l : string.Concat(Enumerable.Repeat(l, times))));

    [Fact]
    public void The_seeds_prose_doubled() => AssertAtMostDoubled(ProseTimes(SeedText.Text, 8), ProseTimes(SeedText.Text, 16));

    [Fact]
    public void The_seed_repeated() => AssertAtMostDoubled(Repeated(SeedText.Text, 50), Repeated(SeedText.Text, 100));

    [Fact]
    public void A_doubled_report_one_cell_a_line()
    {
        var text = PublishedText.Export(Layouts.Fixture);
        AssertAtMostDoubled(Layouts.OneCellPerLine(Repeated(text, 20), pipes: true), Layouts.OneCellPerLine(Repeated(text, 40), pipes: true));
    }

    [Property(MaxTest = 30)]
    public void Any_report_repeated_twice_as_often_costs_at_most_twice_the_work(AnnualReport report)
    {
        var text = PublishedText.Export(report);
        AssertAtMostDoubled(Repeated(text, 8), Repeated(text, 16));
        AssertAtMostDoubled(Layouts.PdfText(Repeated(text, 8)), Layouts.PdfText(Repeated(text, 16)));
    }
}
