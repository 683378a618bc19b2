using System;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>The seed as published text (examples/…txt), and what differs between two reports, for readable failures.</summary>
internal static class SeedText
{
    internal static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "examples", "harbin-science-technology-bureau-2022.txt");

    internal static string Text => File.ReadAllText(Path);

    internal static string[] Lines => Text.Split('\n');

    /// <summary>The seed with one line (found by what it starts with, after its leading tabs) replaced.</summary>
    internal static string Replace(string lineStart, string replacement) => Replace((lineStart, replacement));

    /// <summary>The seed with lines (each found by what it starts with, after its leading tabs) replaced.</summary>
    internal static string Replace(params (string LineStart, string Replacement)[] replacements)
    {
        var lines = Lines;
        foreach (var (lineStart, replacement) in replacements)
        {
            var index = Array.FindIndex(lines, l => l.TrimStart('\t').StartsWith(lineStart, StringComparison.Ordinal));
            Assert.True(index >= 0, "the seed has no line starting " + lineStart);
            lines[index] = replacement;
        }

        return string.Join("\n", lines);
    }

    /// <summary>Asserts two reports are equal, naming the first cells and texts that differ.</summary>
    internal static void AssertSameReport(AnnualReport expected, AnnualReport? actual)
    {
        Assert.NotNull(actual);
        var cells = ReportForm.Cells.Where(c => c.GetValue(expected) != c.GetValue(actual!)).Select(c => $"{c.Pointer}: {c.GetValue(expected)} ≠ {c.GetValue(actual!)}");
        var texts = ReportForm.Texts.Where(t => t.GetText(expected) != t.GetText(actual!)).Select(t => $"{t.Pointer}: «{t.GetText(expected)}» ≠ «{t.GetText(actual!)}»");
        var year = expected.Year == actual!.Year ? [] : new[] { $"/year: {expected.Year} ≠ {actual.Year}" };
        var extensions = Equals(expected.Extensions, actual.Extensions) ? [] : new[] { $"/extensions: {expected.Extensions} ≠ {actual.Extensions}" };
        Assert.Equal("", string.Join("\n", year.Concat(texts).Concat(cells).Concat(extensions)));
        Assert.Equal(expected, actual);
    }
}
