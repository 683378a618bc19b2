using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// The tool against the file system an attacker arranges: link loops, a file reached twice, pipes and devices, files far
/// over every limit, bad output paths. Each run ends quickly with a clear exit code, and one bad file never costs the
/// others their results. (Unix: links and FIFOs are made with ln and mkfifo.)
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("govdisclosure-hostile-").FullName;

    public HostileFileTests() => File.Copy(CliRun.SeedJson, Path.Combine(folder, "a.json"));

    private string Seed => Path.Combine(folder, "a.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_with_link_loops_validates_each_real_file_once()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Link(Path.Combine(folder, "sub", "up"), "..");
        Link(Path.Combine(folder, "self"), ".");
        Link(Path.Combine(folder, "loop1"), "loop2");
        Link(Path.Combine(folder, "loop2"), "loop1");

        var run = CliRun.AsProcessWithin(Limit, "validate", folder, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Aggregate_sums_a_file_named_twice_once_and_says_so()
    {
        Link(Path.Combine(folder, "self"), ".");
        var once = Path.Combine(folder, "once.out");
        var twice = Path.Combine(folder, "twice.out");
        Assert.Equal(0, CliRun.AsProcessWithin(Limit, "aggregate", Seed, "-o", once, "--name", "x").ExitCode);

        var run = CliRun.AsProcessWithin(Limit, "aggregate", Seed, folder, Path.Combine(folder, "self", "a.json"), "-o", twice, "--name", "x", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(once), File.ReadAllText(twice));
        Assert.Contains("counted once", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fifo_named_as_a_path_or_as_previous_is_refused_at_once_in_one_line()
    {
        var fifo = Fifo("pipe.json");
        foreach (var run in new[]
        {
            CliRun.AsProcessWithin(Limit, "validate", fifo, "--lang", "en"),
            CliRun.AsProcessWithin(Limit, "validate", Seed, "--previous", fifo, "--lang", "en"),
            CliRun.AsProcessWithin(Limit, "diff", fifo, Seed, "--lang", "en"),
        })
        {
            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
            Assert.Contains("not a regular file", line, StringComparison.Ordinal);
            Assert.DoesNotContain(line, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }

    [Fact]
    public void A_fifo_or_a_device_in_a_folder_is_passed_over_and_the_other_files_keep_their_results()
    {
        Fifo("pipe.json");
        Link(Path.Combine(folder, "zero.json"), "/dev/zero");
        var run = CliRun.AsProcessWithin(Limit, "validate", folder, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Seed, JsonDocument.Parse(line).RootElement.GetProperty("file").GetString());
        Assert.Equal(2, run.Stderr.Split('\n').Count(l => l.Contains("pipe.json") || l.Contains("zero.json")));
    }

    [Fact]
    public void A_device_as_a_path_is_a_usage_error_not_an_out_of_memory()
    {
        var run = CliRun.AsProcessWithin(Limit, "validate", "/dev/zero");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("huge.json", "GDJ007")]
    [InlineData("huge.txt", "GDT009")]
    public void A_file_over_a_gigabyte_is_reported_over_the_limit_from_its_first_bytes(string name, string ruleId)
    {
        var huge = Path.Combine(folder, name);
        using (var stream = File.Create(huge))
        {
            stream.SetLength(1_100_000_000); // sparse: nothing is written
        }

        var run = CliRun.AsProcessWithin(Limit, "validate", huge, Seed, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(ruleId, lines[0], StringComparison.Ordinal);
        Assert.Contains("\"valid\":true", lines[1].Replace(" ", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_naming_a_folder_is_a_usage_error()
    {
        var run = CliRun.AsProcessWithin(Limit, "validate", Seed, "--previous", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("folder", Assert.Single(run.Stderr.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_output_name_is_a_usage_error()
    {
        var run = CliRun.AsProcessWithin(Limit, "aggregate", Seed, "-o", "");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_dangling_link_is_a_missing_path()
    {
        var dangling = Path.Combine(folder, "gone.json");
        Link(dangling, "nowhere.json");
        var run = CliRun.AsProcessWithin(Limit, "validate", dangling);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_closed_output_is_exit_2_in_one_line()
    {
        var stderr = new StringWriter();
        var code = Cli.Run(["validate", Seed], new ClosedWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("cannot write the output", Assert.Single(stderr.ToString().TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
    }

    /// <summary>
    /// What the folder's listing says an entry is agrees with what looking at the entry says, for every kind a folder can
    /// hold: a file, a folder, links to each, a dangling link and a pipe; names in Chinese and with spaces too.
    /// </summary>
    [Fact]
    public void The_listing_tells_each_kind_of_entry_as_looking_at_it_does()
    {
        Directory.CreateDirectory(Path.Combine(folder, "子目录 one"));
        File.WriteAllText(Path.Combine(folder, "报告 2023.txt"), "x");
        Link(Path.Combine(folder, "to-file.json"), Seed);
        Link(Path.Combine(folder, "to-folder"), Path.Combine(folder, "子目录 one"));
        Link(Path.Combine(folder, "nowhere.json"), Path.Combine(folder, "missing"));
        Fifo("pipe.json");

        var listed = FolderListing.Read(folder, _ => true);

        var names = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(names, listed.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.Equal(7, listed.Count);
        foreach (var (name, kind) in listed)
        {
            // A listing that cannot tell says null, and the walk looks; one that tells must tell the truth.
            if (kind is { } told)
            {
                Assert.Equal(FileKind.Of(Path.Combine(folder, name), followLinks: false), told);
            }
        }

        if (OperatingSystem.IsLinux())
        {
            // Linux file systems tell the type in the listing: the report file and the folder are known without a look.
            Assert.Contains(listed, e => e.Name == "报告 2023.txt" && e.Kind == PathKind.RegularFile);
            Assert.Contains(listed, e => e.Name == "子目录 one" && e.Kind == PathKind.Folder);
        }

        Assert.Contains(listed, e => e.Name == "pipe.json" && e.Kind is null or PathKind.Other);
        Assert.Contains(listed, e => e.Name == "to-folder" && e.Kind is null or PathKind.Link);
    }

    private static void Link(string path, string target) => File.CreateSymbolicLink(path, target);

    private string Fifo(string name)
    {
        var path = Path.Combine(folder, name);
        using var mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Stdout closed by the caller: every write fails.</summary>
    private sealed class ClosedWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("Bad file descriptor");

        public override void Write(string? value) => throw new IOException("Bad file descriptor");

        public override void WriteLine(string? value) => throw new IOException("Bad file descriptor");
    }
}
