using System.Collections.Generic;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>What became of one input file: its findings (loading and validation together), in document order, and the report when it loaded.</summary>
internal sealed record FileOutcome(string Path, IReadOnlyList<Finding> Findings, AnnualReport? Report = null)
{
    public int Errors { get; } = Count(Findings, Severity.Error);

    public int Warnings { get; } = Count(Findings, Severity.Warning);

    public int Infos { get; } = Count(Findings, Severity.Info);

    public bool Valid => Errors == 0;

    private static int Count(IReadOnlyList<Finding> findings, Severity severity)
    {
        var n = 0;
        foreach (var finding in findings)
        {
            if (finding.Severity == severity)
            {
                n++;
            }
        }

        return n;
    }
}
