using System;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>The example report and small tools to change it and to find where a change stands.</summary>
internal static class JsonDocuments
{
    internal static string ExamplePath { get; } = Path.Combine(AppContext.BaseDirectory, "schema", "examples", "harbin-science-technology-bureau-2022.json");

    internal static string Example { get; } = File.ReadAllText(ExamplePath, Encoding.UTF8);

    internal static AnnualReport ExampleReport { get; } = ReportJson.Read(Example).Report!;

    /// <summary>The example with one occurrence of <paramref name="old"/> replaced; fails when it is not there exactly once.</summary>
    internal static string Change(string old, string replacement) => Change(Example, old, replacement);

    internal static string Change(string document, string old, string replacement)
    {
        var at = document.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && document.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' should occur once");
        return document.Substring(0, at) + replacement + document.Substring(at + old.Length);
    }

    /// <summary>The 1-based line and column (in characters) of the first occurrence of <paramref name="marker"/>, plus <paramref name="shift"/> characters.</summary>
    internal static (int Line, int Column) Where(string document, string marker, int shift = 0)
    {
        var at = document.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{marker}' should occur");
        var before = document.Substring(0, at + shift);
        return (before.Count(c => c == '\n') + 1, before.Length - (before.LastIndexOf('\n') + 1) + 1);
    }

    /// <summary>The only finding of a result, checked to be of a rule.</summary>
    internal static Finding Single(LoadResult result, string ruleId)
    {
        Assert.Null(result.Report);
        Assert.True(result.HasErrors);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        return finding;
    }

    /// <summary>Checks a finding's rule, pointer and place.</summary>
    internal static void Located(Finding finding, string ruleId, string path, (int Line, int Column) where)
    {
        Assert.Equal(ruleId, finding.RuleId);
        Assert.Equal(path, finding.Path);
        Assert.Equal(where.Line, finding.Line);
        Assert.Equal(where.Column, finding.Column);
    }
}
