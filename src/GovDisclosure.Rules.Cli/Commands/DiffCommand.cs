using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Diff;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure diff &lt;previous&gt; &lt;current&gt; [--format text|json|markdown] [--lang zh|en]</c></summary>
internal static class DiffCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("diff", words);
        var language = arguments.Language;
        var previous = LoadOne(arguments.Positional[0], language, context);
        var current = LoadOne(arguments.Positional[1], language, context);
        if (previous is null || current is null)
        {
            return Cli.ErrorFound;
        }

        var diff = ReportComparer.Compare(previous, current, new DiffOptions { Language = language });
        switch (arguments.Option("--format") ?? "text")
        {
            case "json":
                context.Stdout.WriteLine(ReportDiffJson.ToJson(diff));
                break;
            case "markdown":
                context.Stdout.Write(ReportDiffMarkdown.Render(diff, language));
                break;
            default:
                context.Stdout.Write(ReportDiffText.Render(diff, language));
                break;
        }

        return diff.Findings.Any(f => f.Severity == Severity.Error) ? Cli.ErrorFound : Cli.NoError;
    }

    /// <summary>Loads a report for a command that needs one whole; its problems go to stderr.</summary>
    internal static AnnualReport? LoadOne(string path, MessageLanguage language, CommandContext context)
    {
        // A folder, a pipe or a device is refused before anything is read.
        var loaded = ReportFiles.Load(path, language);
        if (loaded.Findings.Count > 0)
        {
            FindingsText.Write(context.Stderr, new FileOutcome(path, loaded.Findings), language);
        }

        return loaded.Report;
    }
}
