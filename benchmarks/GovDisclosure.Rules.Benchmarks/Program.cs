using System;
using System.Linq;
using BenchmarkDotNet.Running;
using GovDisclosure.Rules.Benchmarks;

// dotnet run -c Release --project benchmarks/GovDisclosure.Rules.Benchmarks -- [--quick] [BenchmarkDotNet arguments]
// dotnet run -c Release --project benchmarks/GovDisclosure.Rules.Benchmarks -- --throughput [N]
// dotnet run -c Release --project benchmarks/GovDisclosure.Rules.Benchmarks -- --breakdown
// dotnet run -c Release --project benchmarks/GovDisclosure.Rules.Benchmarks -- --corpus N FOLDER [SEED]   (benchmarks/cli/run.sh)
if (args.Contains("--breakdown"))
{
    return Breakdown.Run(Console.Out);
}

var corpus = Array.IndexOf(args, "--corpus");
if (corpus >= 0)
{
    if (corpus + 2 >= args.Length || !int.TryParse(args[corpus + 1], out var files))
    {
        Console.Error.WriteLine("usage: --corpus N FOLDER [SEED]");
        return 2;
    }

    var seed = corpus + 3 < args.Length && ulong.TryParse(args[corpus + 3], out var s) ? s : 18UL;
    return Corpus.Run(files, args[corpus + 2], seed, Console.Out);
}

var throughput = Array.IndexOf(args, "--throughput");
if (throughput >= 0)
{
    var count = throughput + 1 < args.Length && int.TryParse(args[throughput + 1], out var n) ? n : Throughput.DefaultCount;
    return Throughput.Run(count, Console.Out);
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();

// Without a filter BenchmarkDotNet asks which benchmarks to run; with none given, run them all.
if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h"))
{
    rest = ["--filter", "*", .. rest];
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfigs).Assembly)
    .Run(rest, quick ? BenchmarkConfigs.Quick() : BenchmarkConfigs.Full());
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
