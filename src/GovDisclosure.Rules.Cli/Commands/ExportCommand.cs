using System;
using System.Collections.Generic;
using GovDisclosure.Rules.Documents;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure export &lt;file.json&gt; [--format text|json|markdown|docx|html] [-o &lt;file&gt;] [--lang zh|en]</c>; a .docx needs -o.</summary>
internal static class ExportCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("export", words);
        var path = arguments.Positional[0];
        var language = arguments.Language;
        if (!ReportFiles.IsJson(path))
        {
            throw new UsageException(Words.Say(language, $"export 读取 .json 报告，而 {path} 不是", $"export reads a .json report; {path} is not one"),
                Words.Say(language, "先用 govdisclosure import 导入", "import it first with govdisclosure import"));
        }

        var report = DiffCommand.LoadOne(path, language, context);
        if (report is null)
        {
            return Cli.ErrorFound;
        }

        var format = arguments.Option("--format") ?? "text";
        var output = arguments.Option("-o");
        if (format == "docx")
        {
            WriteDocx(report, output ?? throw new UsageException(Words.Say(language, "--format docx 需要 -o 指定输出文件", "--format docx needs -o and an output file"), Words.Say(language, "如 -o report.docx", "such as -o report.docx")), language);
            return Cli.NoError;
        }

        context.WriteOutput(output, format switch
        {
            "json" => ReportJson.Write(report) + "\n",
            "markdown" => PublishedText.ToMarkdown(report),
            "html" => PublishedDocument.ExportHtml(report),
            _ => PublishedText.Export(report),
        }, language);
        return Cli.NoError;
    }

    private static void WriteDocx(AnnualReport report, string file, MessageLanguage language)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException(Words.Say(language, "输出文件名为空", "the output file name is empty"), Words.Say(language, "如 -o report.docx", "such as -o report.docx"));
        }

        try
        {
            System.IO.File.WriteAllBytes(file, PublishedDocument.ExportDocx(report));
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException(Words.Say(language, $"无法写入 {file}：{e.Message}", $"cannot write {file}: {e.Message}"), Words.Say(language, "检查输出路径", "check the output path"));
        }
    }
}
