using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests;

/// <summary>The bundled seed report, the repository's files, and a comparison that names every member that differs.</summary>
internal static class Reports
{
    internal static string Root { get; } = FindRoot();

    internal static string SeedText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "harbin-science-technology-bureau-2022.txt"));

    internal static AnnualReport Seed { get; } = PublishedText.Import(SeedText).Report!;

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    internal static void AssertSame(AnnualReport expected, AnnualReport? actual)
    {
        Assert.NotNull(actual);
        var cells = ReportForm.Cells.Where(c => c.GetValue(expected) != c.GetValue(actual!)).Select(c => $"{c.Pointer}: {c.GetValue(expected)} ≠ {c.GetValue(actual!)}");
        var texts = ReportForm.Texts.Where(t => t.GetText(expected) != t.GetText(actual!)).Select(t => $"{t.Pointer}: «{t.GetText(expected)}» ≠ «{t.GetText(actual!)}»");
        var year = expected.Year == actual!.Year ? [] : new[] { $"/year: {expected.Year} ≠ {actual.Year}" };
        Assert.Equal("", string.Join("\n", year.Concat(texts).Concat(cells)));
        Assert.Equal(expected, actual);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovDisclosure.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GovDisclosure.Rules.sln above {AppContext.BaseDirectory}.");
    }
}
