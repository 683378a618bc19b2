using System.Globalization;
using System.IO;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>The README's table of reader limits names every limit of <see cref="JsonReadOptions"/> with its default, and the ranges of the figures.</summary>
public class ReadmeLimitsTests
{
    private static readonly string Readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));

    [Theory]
    [InlineData(nameof(JsonReadOptions.MaxDocumentBytes), JsonReadOptions.DefaultMaxDocumentBytes)]
    [InlineData(nameof(JsonReadOptions.MaxDepth), JsonReadOptions.DefaultMaxDepth)]
    [InlineData(nameof(JsonReadOptions.MaxStringLength), JsonReadOptions.DefaultMaxStringLength)]
    [InlineData(nameof(JsonReadOptions.MaxMembers), JsonReadOptions.DefaultMaxMembers)]
    public void Every_reader_limit_is_in_the_table_with_its_default(string option, int value)
    {
        var row = Row($"`JsonReadOptions.{option}`");
        Assert.Contains(value.ToString("N0", CultureInfo.InvariantCulture), row, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_figures_ranges_are_in_the_table() =>
        Assert.Contains(ReportForm.MaxCount.ToString("N0", CultureInfo.InvariantCulture), Row("件数 · count"), System.StringComparison.Ordinal);

    private static string Row(string key)
    {
        foreach (var line in Readme.Split('\n'))
        {
            if (line.StartsWith('|') && line.Contains(key, System.StringComparison.Ordinal))
            {
                return line;
            }
        }

        Assert.Fail($"README.md has no limits row for {key}");
        return "";
    }
}
