using System.Linq;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>The same tool as a real process: exit codes and streams as a shell sees them.</summary>
public class ProcessTests
{
    [Fact]
    public void Validating_the_seed_exits_0_with_a_readable_verdict()
    {
        var run = CliRun.AsProcess("validate", CliRun.SeedText);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("通过", run.Stdout);
    }

    [Fact]
    public void A_folder_with_broken_reports_exits_1()
    {
        using var folder = new ReportFolder(20, [3]);
        var run = CliRun.AsProcess("validate", folder.Path, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(20, run.Stdout.Split('\n').Count(l => l.Length > 0));
    }

    [Fact]
    public void A_missing_path_exits_2_without_a_stack_trace()
    {
        var run = CliRun.AsProcess("validate", "/no/such/report.json");
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var run = CliRun.AsProcess("transmogrify");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Random_bytes_as_a_report_are_findings_not_a_crash()
    {
        var file = System.IO.Path.GetTempFileName();
        try
        {
            var bytes = new byte[4096];
            new System.Random(7).NextBytes(bytes);
            System.IO.File.WriteAllBytes(file, bytes);
            var run = CliRun.AsProcess("validate", file);
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain("   at ", run.Stderr + run.Stdout);
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
