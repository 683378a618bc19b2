using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure export &lt;file.json&gt; [--format text|json|markdown] [--lang zh|en]</c></summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, string[]?> Options = new()
    {
        ["--format"] = ["text", "json", "markdown"],
        ["--lang"] = ["zh", "en"],
    };

    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("export", words, Options);
        arguments.RequirePositional(1, 1, "要导出的 JSON 报告 (the JSON report to export)");
        var path = arguments.Positional[0];
        if (!ReportFiles.IsJson(path))
        {
            throw new UsageException($"export 读取 .json 报告，而 {path} 不是 (export reads a .json report; {path} is not one)", "先用 govdisclosure import 导入文本 (import text first with govdisclosure import)");
        }

        var report = DiffCommand.LoadOne(path, arguments.Language, context);
        if (report is null)
        {
            return Cli.ErrorFound;
        }

        context.Stdout.Write((arguments.Option("--format") ?? "text") switch
        {
            "json" => ReportJson.Write(report) + "\n",
            "markdown" => PublishedText.ToMarkdown(report),
            _ => PublishedText.Export(report),
        });
        return Cli.NoError;
    }
}
