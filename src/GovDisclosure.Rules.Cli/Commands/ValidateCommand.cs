using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Cli.Streaming;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure validate &lt;path&gt;... [--previous &lt;file&gt;] [--format text|json|sarif] [--lang zh|en]</c></summary>
internal static class ValidateCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("validate", words);
        var language = arguments.Language;
        var files = ReportFiles.Expand(arguments.Positional, language, note => context.Stderr.WriteLine($"govdisclosure: {note}"));
        if (files.Count == 0)
        {
            throw new UsageException(Words.Say(language, "validate: 文件夹中没有报告（.json、.txt、.html、.htm、.docx）", "validate: no report (.json, .txt, .html, .htm, .docx) found"),
                Words.Say(language, "给出报告文件或包含报告的文件夹", "name report files or a folder that holds them"));
        }

        var format = arguments.Option("--format") ?? "text";
        AnnualReport? previous = null;
        FileOutcome? previousFailed = null;
        var previousPath = arguments.Option("--previous");
        if (previousPath is not null)
        {
            // Last year's report is one file: a folder, a pipe or a device is a usage error, before any work starts.
            var loaded = ReportFiles.Load(previousPath, language);
            previous = loaded.Report;
            if (previous is null)
            {
                previousFailed = new FileOutcome(previousPath, loaded.Findings);
            }
        }

        // The console's own writer writes every line, a few hundred bytes at a time: the process's stdout gets a buffer.
        using var stdout = ReferenceEquals(context.Stdout, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
            : (TextWriter)new ChunkedWriter(context.Stdout);
        return Write(files.Select(f => f.Path).ToList(), i => ReportFiles.LoadToValidate(files[i], language), previous, previousFailed, format, context with { Stdout = stdout }, language);
    }

    /// <summary>
    /// Validates <paramref name="files"/> as <paramref name="load"/> reads them (by index) and writes each result as soon as those
    /// before it are out, in path order; only a window of results is held. Returns the exit code. Each file is validated
    /// on the thread that loaded it, before that thread loads another (as <see cref="ReportFiles.LoadToValidate"/> needs).
    /// </summary>
    internal static int Write(IReadOnlyList<string> files, Func<int, LoadResult> load, AnnualReport? previous, FileOutcome? previousFailed, string format, CommandContext context, MessageLanguage language)
    {
        var validator = new ReportValidator(new ValidationOptions { Language = language });
        var tally = new Tally();
        var unreadable = new List<string>();
        using var sarif = format == "sarif" ? new SarifLog(context.Stdout, language) : null;
        if (previousFailed is not null)
        {
            WriteOne(previousFailed, format, sarif, tally, context, language);
        }

        var showProgress = context.InteractiveErrors && files.Count > 1;
        var done = 0;
        foreach (var outcome in ValidateAll(files, load, validator, previous))
        {
            if (outcome.Unreadable is { } reason)
            {
                unreadable.Add(reason);
            }
            else
            {
                WriteOne(outcome.Result!, format, sarif, tally, context, language);
            }

            if (showProgress)
            {
                context.Stderr.Write($"\r{++done}/{files.Count}");
            }
        }

        if (showProgress)
        {
            context.Stderr.WriteLine();
        }

        sarif?.End();
        if (format == "text" && tally.Files > 1)
        {
            context.Stdout.WriteLine(language == MessageLanguage.English
                ? $"{tally.Files} file(s): {tally.Files - tally.Failed} valid, {tally.Failed} not valid"
                : $"共 {tally.Files} 个文件：{tally.Files - tally.Failed} 个通过，{tally.Failed} 个未通过");
        }

        context.Stdout.Flush();

        // A file that could not be read costs the others nothing: their results are out; it is named in one line and the
        // exit code is that of an unreadable path.
        foreach (var reason in unreadable)
        {
            context.Stderr.WriteLine($"govdisclosure: {reason}");
        }

        return unreadable.Count > 0 ? Cli.BadUsage : tally.Failed == 0 ? Cli.NoError : Cli.ErrorFound;
    }

    private static void WriteOne(FileOutcome outcome, string format, SarifLog? sarif, Tally tally, CommandContext context, MessageLanguage language)
    {
        tally.Files++;
        if (!outcome.Valid)
        {
            tally.Failed++;
        }

        switch (format)
        {
            case "json":
                context.Stdout.WriteLine(JsonLines.Line(outcome));
                break;
            case "sarif":
                sarif!.Add(outcome);
                break;
            default:
                FindingsText.Write(context.Stdout, outcome, language);
                break;
        }
    }

    /// <summary>Loads and validates the files on every core; results come back in the files' order, a window ahead at most.</summary>
    private static IEnumerable<Checked> ValidateAll(IReadOnlyList<string> files, Func<int, LoadResult> load, ReportValidator validator, AnnualReport? previous) =>
        OrderedWork.Run(files.Count, i => ValidateOne(files[i], () => load(i), validator, previous), Environment.ProcessorCount - 1, OrderedWork.DefaultWindow);

    private static Checked ValidateOne(string path, Func<LoadResult> load, ReportValidator validator, AnnualReport? previous)
    {
        LoadResult loaded;
        try
        {
            loaded = load();
        }
        catch (UsageException e)
        {
            // A file that vanished, cannot be read or is no regular file: said as such, not as malformed JSON.
            return new Checked(null, $"{e.Message}. {e.Hint}");
        }

        // One call from what was read to every located finding, in document order.
        return new Checked(new FileOutcome(path, validator.Validate(loaded, previous).Findings, loaded.Report), null);
    }

    /// <summary>How many files were written and how many of them did not pass.</summary>
    private sealed class Tally
    {
        public int Files { get; set; }

        public int Failed { get; set; }
    }

    /// <summary>One file's result, or why it could not be read.</summary>
    private sealed record Checked(FileOutcome? Result, string? Unreadable);
}
