using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure validate &lt;path&gt;... [--previous &lt;file&gt;] [--format text|json|sarif] [--lang zh|en]</c></summary>
internal static class ValidateCommand
{
    private static readonly Dictionary<string, string[]?> Options = new()
    {
        ["--previous"] = null,
        ["--format"] = ["text", "json", "sarif"],
        ["--lang"] = ["zh", "en"],
    };

    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("validate", words, Options);
        arguments.RequirePositional(1, int.MaxValue, "要校验的路径 (a path to validate)");
        var language = arguments.Language;
        var files = ReportFiles.Expand(arguments.Positional, language, note => context.Stderr.WriteLine($"govdisclosure: {note}"));
        if (files.Count == 0)
        {
            throw new UsageException(Words.Say(language, "validate: 文件夹中没有报告（.json、.txt、.html、.htm、.docx）", "validate: no report (.json, .txt, .html, .htm, .docx) found"),
                Words.Say(language, "给出报告文件或包含报告的文件夹", "name report files or a folder that holds them"));
        }

        var outcomes = new List<FileOutcome>();
        AnnualReport? previous = null;
        var previousPath = arguments.Option("--previous");
        if (previousPath is not null)
        {
            // Last year's report is one file: a folder, a pipe or a device is a usage error, before any work starts.
            var loaded = ReportFiles.Load(previousPath, language);
            previous = loaded.Report;
            if (previous is null)
            {
                outcomes.Add(new FileOutcome(previousPath, loaded.Findings));
            }
        }

        var validator = new ReportValidator(new ValidationOptions { Language = language });
        var unreadable = new List<string>();
        foreach (var outcome in ValidateAll(files, validator, previous, language, context))
        {
            if (outcome.Unreadable is { } reason)
            {
                unreadable.Add(reason);
            }
            else
            {
                outcomes.Add(outcome.Result!);
            }
        }

        switch (arguments.Option("--format") ?? "text")
        {
            case "json":
                foreach (var outcome in outcomes)
                {
                    context.Stdout.WriteLine(JsonLines.Line(outcome));
                }

                break;
            case "sarif":
                using (var buffer = new MemoryStream())
                {
                    SarifLog.Write(buffer, outcomes, language);
                    context.WriteStdout(buffer.ToArray());
                    context.Stdout.WriteLine();
                }

                break;
            default:
                foreach (var outcome in outcomes)
                {
                    FindingsText.Write(context.Stdout, outcome, language);
                }

                if (outcomes.Count > 1)
                {
                    var failed = outcomes.Count(o => !o.Valid);
                    context.Stdout.WriteLine(language == MessageLanguage.English
                        ? $"{outcomes.Count} file(s): {outcomes.Count - failed} valid, {failed} not valid"
                        : $"共 {outcomes.Count} 个文件：{outcomes.Count - failed} 个通过，{failed} 个未通过");
                }

                break;
        }

        // A file that could not be read costs the others nothing: their results are out; it is named in one line and the
        // exit code is that of an unreadable path.
        foreach (var reason in unreadable)
        {
            context.Stderr.WriteLine($"govdisclosure: {reason}");
        }

        return unreadable.Count > 0 ? Cli.BadUsage : outcomes.All(o => o.Valid) ? Cli.NoError : Cli.ErrorFound;
    }

    /// <summary>Loads and validates every file in parallel; results come back in the files' order.</summary>
    private static Checked[] ValidateAll(IReadOnlyList<string> files, ReportValidator validator, AnnualReport? previous, MessageLanguage language, CommandContext context)
    {
        var outcomes = new Checked[files.Count];
        var done = 0;
        var showProgress = context.InteractiveErrors && files.Count > 1;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            outcomes[i] = ValidateOne(files[i], validator, previous, language);
            var finished = Interlocked.Increment(ref done);
            if (showProgress)
            {
                lock (context.Stderr)
                {
                    context.Stderr.Write($"\r{finished}/{files.Count}");
                }
            }
        });
        if (showProgress)
        {
            context.Stderr.WriteLine();
        }

        return outcomes;
    }

    private static Checked ValidateOne(string path, ReportValidator validator, AnnualReport? previous, MessageLanguage language)
    {
        LoadResult loaded;
        try
        {
            loaded = ReportFiles.Load(path, language);
        }
        catch (UsageException e)
        {
            // A file that vanished, cannot be read or is no regular file: said as such, not as malformed JSON.
            return new Checked(null, $"{e.Message}. {e.Hint}");
        }

        // One call from what was read to every located finding, in document order.
        return new Checked(new FileOutcome(path, validator.Validate(loaded, previous).Findings, loaded.Report), null);
    }

    /// <summary>One file's result, or why it could not be read.</summary>
    private sealed record Checked(FileOutcome? Result, string? Unreadable);
}
