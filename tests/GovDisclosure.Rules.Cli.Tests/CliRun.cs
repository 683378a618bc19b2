using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static string Examples => Path.Combine(AppContext.BaseDirectory, "examples");

    public static string SeedText => Path.Combine(Examples, "harbin-science-technology-bureau-2022.txt");

    public static string SeedJson => Path.Combine(AppContext.BaseDirectory, "schema", "examples", "harbin-science-technology-bureau-2022.json");

    /// <summary>The 2021 report constructed from the seed for the diff tests (the file says so in its name).</summary>
    public static string Previous2021 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Diff", "harbin-2021-constructed-from-seed.json");

    /// <summary>
    /// In this process the culture would choose the language when no --lang is given: it is pinned to the invariant
    /// culture, so that the tests see the default (Chinese) on any machine.
    /// </summary>
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void SpeakTheDefault()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>Runs the tool in this process.</summary>
    public static CliRun InProcess(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Cli.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built tool as a real process: `dotnet govdisclosure.dll …`.</summary>
    public static CliRun AsProcess(params string[] args) => AsProcessWithin(TimeSpan.FromMinutes(5), args);

    /// <summary>Runs the built tool as a real process, killed (and the test failed) if it has not ended within <paramref name="limit"/>.</summary>
    public static CliRun AsProcessWithin(TimeSpan limit, params string[] args) => AsProcessIn(limit, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs the built tool as a real process with the locale <c>C.UTF-8</c> (so that it speaks its default language on any
    /// machine) and the environment variables given on top.
    /// </summary>
    public static CliRun AsProcessIn(TimeSpan limit, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "govdisclosure.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"govdisclosure {string.Join(' ', args)} did not end within {limit}");
        }

        return new CliRun(process.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
