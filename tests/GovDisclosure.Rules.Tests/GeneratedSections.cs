using System;
using System.IO;
using Xunit;

namespace GovDisclosure.Rules.Tests;

/// <summary>
/// A generated part of a document of the repository, between &lt;!-- name:begin --&gt; and &lt;!-- name:end --&gt;: compared
/// with what the code generates, and rewritten when the tests run with UPDATE_DOCS=1 (or UPDATE_README=1).
/// </summary>
internal static class GeneratedSections
{
    internal static void AssertUpToDate(string relativePath, string name, string expected)
    {
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var file = RepositoryFiles.PathOf(relativePath.Split('/'));
        var text = File.ReadAllText(file).Replace("\r\n", "\n");
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{file} has no {begin} … {end} section.");
        var actual = text.Substring(start + begin.Length, stop - start - begin.Length);
        if (Updating && actual != expected)
        {
            File.WriteAllText(file, text.Substring(0, start + begin.Length) + expected + text.Substring(stop));
            actual = expected;
        }

        Assert.True(expected == actual, $"The {name} section of {relativePath} differs from the code. Run the tests with UPDATE_DOCS=1 and commit {relativePath}.");
    }

    private static bool Updating =>
        Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1" || Environment.GetEnvironmentVariable("UPDATE_README") == "1";
}
