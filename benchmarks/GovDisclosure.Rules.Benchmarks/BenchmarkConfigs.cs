using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GovDisclosure.Rules.Benchmarks;

/// <summary>The two ways to run the suite: the full default job, and a quick one for a check on a small machine.</summary>
public static class BenchmarkConfigs
{
    // A busy two-core machine can take longer than BenchmarkDotNet's default two minutes to build the generated project,
    // or to run the 100,000-report aggregation in process.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>BenchmarkDotNet's default job (a process of its own per benchmark, as many iterations as it needs), with allocations.</summary>
    public static IConfig Full() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithBuildTimeout(Patience);

    /// <summary>
    /// In this process, one warm-up and three 250 ms iterations per benchmark: the whole suite in a few minutes on two
    /// cores. Good for ratios and allocations; the error columns are wide.
    /// </summary>
    public static IConfig Quick() => ManualConfig.CreateEmpty()
        .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
        .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
        .AddExporter(DefaultConfig.Instance.GetExporters().ToArray())
        .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
        .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
        .AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(Patience, logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("Quick"))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
