using System.Collections.Generic;
using GovDisclosure.Rules.Cli.Output;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure import &lt;text-file&gt; [-o &lt;file.json&gt;] [--lang zh|en]</c>: published text to canonical JSON.</summary>
internal static class ImportCommand
{
    private static readonly Dictionary<string, string[]?> Options = new()
    {
        ["-o|--output"] = null,
        ["--lang"] = ["zh", "en"],
    };

    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("import", words, Options);
        arguments.RequirePositional(1, 1, "要导入的文本文件 (the text file to import)");
        var path = arguments.Positional[0];
        var language = arguments.Language;
        var imported = ReportFiles.ImportText(path, language);
        if (imported.Findings.Count > 0)
        {
            FindingsText.Write(context.Stderr, new FileOutcome(path, imported.Findings), language);
        }

        if (imported.Report is null)
        {
            return Cli.ErrorFound;
        }

        context.WriteOutput(arguments.Option("-o"), ReportJson.Write(imported.Report) + "\n");
        return Cli.NoError;
    }
}
