using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure aggregate &lt;path&gt;... [-o &lt;file.json&gt;] [--name &lt;roll-up name&gt;] [--lang zh|en]</c></summary>
internal static class AggregateCommand
{
    private static readonly Dictionary<string, string[]?> Options = new()
    {
        ["-o|--output"] = null,
        ["--name"] = null,
        ["--lang"] = ["zh", "en"],
    };

    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("aggregate", words, Options);
        arguments.RequirePositional(1, int.MaxValue, "要汇总的报告 (the reports to aggregate)");
        var language = arguments.Language;
        var files = ReportFiles.Expand(arguments.Positional, language, note => context.Stderr.WriteLine($"govdisclosure: {note}"));
        var reports = new List<AnnualReport>();
        var failed = false;
        foreach (var file in files)
        {
            var loaded = ReportFiles.Load(file, language);
            if (loaded.Findings.Count > 0)
            {
                FindingsText.Write(context.Stderr, new FileOutcome(file, loaded.Findings), language);
            }

            if (loaded.Report is null)
            {
                failed = true;
            }
            else
            {
                reports.Add(loaded.Report);
            }
        }

        if (failed)
        {
            return Cli.ErrorFound;
        }

        var name = arguments.Option("--name") ?? (language == MessageLanguage.English ? $"Roll-up of {reports.Count} agencies" : $"{reports.Count} 个机关汇总");
        var result = ReportAggregator.Aggregate(reports, name, new AggregationOptions { Language = language });
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
}
