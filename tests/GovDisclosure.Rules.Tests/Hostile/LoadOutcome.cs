using System;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>What every reading of any bytes must give: a report and no finding, or no report and located GDJ errors.</summary>
internal static class LoadOutcome
{
    /// <summary>Checks the outcome of reading <paramref name="document"/> and returns whether a report came of it.</summary>
    internal static bool AssertWellFormed(LoadResult result, ReadOnlySpan<byte> document)
    {
        if (result.Report is not null)
        {
            Assert.Empty(result.Findings);
            return true;
        }

        Assert.True(result.HasErrors);
        Assert.NotEmpty(result.Findings);
        var lines = LineLengths(document);
        foreach (var finding in result.Findings)
        {
            Assert.StartsWith("GDJ", finding.RuleId, StringComparison.Ordinal);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.True(finding.Path.Length == 0 || finding.Path[0] == '/', finding.ToString());
            Assert.NotNull(finding.Line);
            Assert.NotNull(finding.Column);
            Assert.InRange(finding.Line!.Value, 1, lines.Length);
            Assert.InRange(finding.Column!.Value, 1, lines[finding.Line.Value - 1] + 1);
        }

        return false;
    }

    /// <summary>The length in characters of each line ("\n" ends a line; a byte that is not a UTF-8 continuation starts a character).</summary>
    private static int[] LineLengths(ReadOnlySpan<byte> document)
    {
        var lengths = new System.Collections.Generic.List<int>();
        var length = 0;
        foreach (var b in document)
        {
            if (b == (byte)'\n')
            {
                lengths.Add(length);
                length = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                length++;
            }
        }

        lengths.Add(length);
        return lengths.ToArray();
    }
}
