using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Cli.Streaming;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure aggregate &lt;path&gt;... [-o &lt;file.json&gt;] [--name &lt;roll-up name&gt;] [--lang zh|en]</c></summary>
internal static class AggregateCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("aggregate", words);
        var language = arguments.Language;
        var files = ReportFiles.Expand(arguments.Positional, language, note => context.Stderr.WriteLine($"govdisclosure: {note}"));
        // The reports are summed as they load (in path order, on every core, a window ahead): none is held after its sums.
        var failed = false;
        var loadedReports = LoadAll(files, language, context, () => failed = true);
        // When every file loads (else nothing is written) the roll-up counts one report a file.
        var name = arguments.Option("--name") ?? DefaultName(files.Count, language);
        var result = ReportAggregator.Aggregate(loadedReports, name, new AggregationOptions { Language = language });
        if (failed)
        {
            return Cli.ErrorFound;
        }

        if (result.Findings.Count > 0)
        {
            FindingsText.WriteFindings(context.Stderr, result.Findings, language);
        }

        if (result.Report is null)
        {
            return Cli.ErrorFound;
        }

        context.WriteOutput(arguments.Option("-o"), ReportJson.Write(result.Report) + "\n", language);
        return result.Findings.Any(f => f.Severity == Severity.Error) ? Cli.ErrorFound : Cli.NoError;
    }

    private static string DefaultName(int count, MessageLanguage language) =>
        language == MessageLanguage.English ? $"Roll-up of {count} agencies" : $"{count} 个机关汇总";

    /// <summary>Every file's report in path order, as it loads; a file that does not load is written to stderr and left out.</summary>
    private static IEnumerable<AnnualReport> LoadAll(IReadOnlyList<ReportFile> files, MessageLanguage language, CommandContext context, Action failed)
    {
        foreach (var (file, loaded) in OrderedWork.Run(files.Count, i => (files[i].Path, ReportFiles.Load(files[i], language)), Environment.ProcessorCount - 1, OrderedWork.DefaultWindow))
        {
            if (loaded.Findings.Count > 0)
            {
                FindingsText.Write(context.Stderr, new FileOutcome(file, loaded.Findings), language);
            }

            if (loaded.Report is null)
            {
                failed();
            }
            else
            {
                yield return loaded.Report;
            }
        }
    }
}
