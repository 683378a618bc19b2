using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using FsCheck.Xunit;
using GovDisclosure.Rules.Cli.Commands;
using GovDisclosure.Rules.Cli.Streaming;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// Results are written as they are produced, in path order, a bounded window ahead: counted (files read, results held
/// when each is written), never timed.
/// </summary>
public sealed class StreamingTests
{
    /// <summary>For any number of files, workers besides the caller (none too) and window: every result once, in order; file k + window + 1 not begun before result k is taken; at most a window (and the one being handed over) held.</summary>
    [Property(MaxTest = 60)]
    public void OrderedWorkKeepsOrderAndWindow(byte files, byte workerChoice, byte windowChoice)
    {
        var count = files;
        var workers = workerChoice % 4;
        var window = 1 + (windowChoice % 16);
        var started = 0;
        var held = 0;
        var mostHeld = 0;
        var next = 0;
        foreach (var result in OrderedWork.Run(count, i =>
        {
            Interlocked.Increment(ref started);
            var now = Interlocked.Increment(ref held);
            InterlockedMax(ref mostHeld, now);
            return i;
        }, workers, window))
        {
            Assert.Equal(next, result);
            Assert.True(Volatile.Read(ref started) <= next + 1 + window, $"result {next} taken with {started} begun, window {window}");
            Interlocked.Decrement(ref held);
            next++;
        }

        Assert.Equal(count, next);
        Assert.Equal(count, started);
        // The result handed over is counted until the loop body runs: the window, plus one in hand.
        Assert.True(mostHeld <= window + 1, $"{mostHeld} results held, window {window}");
    }

    [Fact]
    public void AFailureInTheWorkReachesTheCaller()
    {
        var taken = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedWork.Run(100, i => i == 40 ? throw new InvalidOperationException("file 40") : i, 2, 4))
            {
                taken.Add(result);
            }
        });
        Assert.Equal("file 40", e.Message);
        Assert.Equal(Enumerable.Range(0, taken.Count), taken);
        Assert.True(taken.Count <= 40);
    }

    [Fact]
    public void LeavingEarlyStopsTheWorkers()
    {
        var started = 0;
        foreach (var result in OrderedWork.Run(10_000, i => Interlocked.Increment(ref started), 2, 8))
        {
            if (result >= 3)
            {
                break;
            }
        }

        // Three taken, then a window ahead and one in each worker's hand at most; never the 10,000.
        Assert.True(started <= 4 + 8 + 2, $"{started} begun");
    }

    /// <summary>validate over many files: one JSON line a file, in path order, each written before file k + window + 1 is read.</summary>
    [Fact]
    public void ValidateWritesEachResultBeforeReadingFarAhead()
    {
        var seed = File.ReadAllBytes(CliRun.SeedJson);
        var files = Enumerable.Range(0, 500).Select(i => $"reports/{i:D4}.json").ToArray();
        var read = 0;
        var output = new CountingWriter(() => Volatile.Read(ref read));
        var code = ValidateCommand.Write(files, _ =>
        {
            Interlocked.Increment(ref read);
            return ReportJson.Read(seed);
        }, null, null, "json", new CommandContext(output, TextWriter.Null, false), MessageLanguage.English);

        Assert.Equal(Cli.NoError, code);
        Assert.Equal(files.Length, output.Lines.Count);
        var window = OrderedWork.DefaultWindow;
        for (var k = 0; k < files.Length; k++)
        {
            var (line, readSoFar) = output.Lines[k];
            using var json = JsonDocument.Parse(line);
            Assert.Equal(files[k], json.RootElement.GetProperty("file").GetString());
            Assert.True(readSoFar <= k + 1 + window, $"file {k} written after {readSoFar} files were read (window {window})");
        }
    }

    /// <summary>SARIF over many files: the results of each file in path order, its artifacts listed in the same order.</summary>
    [Fact]
    public void SarifKeepsPathOrderAcrossManyFiles()
    {
        var broken = Encoding.UTF8.GetBytes("{\"formatVersion\": ");
        var files = Enumerable.Range(0, 300).Select(i => $"reports/{i:D4}.json").ToArray();
        var output = new StringWriter();
        var code = ValidateCommand.Write(files, _ => ReportJson.Read(broken), null, null, "sarif", new CommandContext(output, TextWriter.Null, false), MessageLanguage.English);

        Assert.Equal(Cli.ErrorFound, code);
        using var sarif = JsonDocument.Parse(output.ToString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(files, run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()));
        var indices = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32()).ToArray();
        Assert.Equal(Enumerable.Range(0, files.Length), indices.Distinct());
        Assert.Equal(indices.OrderBy(i => i), indices);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    /// <summary>Each line written, with how many files had been read when it was written.</summary>
    private sealed class CountingWriter(Func<int> read) : StringWriter
    {
        public List<(string Line, int Read)> Lines { get; } = [];

        public override void WriteLine(string? value) => Lines.Add((value ?? "", read()));
    }
}
