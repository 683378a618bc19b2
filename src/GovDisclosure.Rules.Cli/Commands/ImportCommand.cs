using System.Collections.Generic;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure import &lt;file&gt; [-o &lt;file.json&gt;] [--lang zh|en]</c>: published text, a web page or a .docx (recognised by content) to canonical JSON.</summary>
internal static class ImportCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("import", words);
        var path = arguments.Positional[0];
        var language = arguments.Language;
        var imported = ReportFiles.Load(path, language);
        if (imported.Findings.Count > 0)
        {
            FindingsText.Write(context.Stderr, new FileOutcome(path, imported.Findings), language);
        }

        if (imported.Report is null)
        {
            return Cli.ErrorFound;
        }

        context.WriteOutput(arguments.Option("-o"), ReportJson.Write(imported.Report) + "\n", language);
        return Cli.NoError;
    }
}
