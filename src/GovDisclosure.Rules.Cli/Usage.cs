using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Audit;

namespace GovDisclosure.Rules.Cli;

/// <summary>An option: its names (the first is the long one), the word for its value (none for a flag), the values it allows.</summary>
internal sealed record Option(string Name, string[] Aliases, string? HelpName, string[]? Choices, Said Said)
{
    public bool IsHelp => HelpName is null;

    public bool Named(string word) => Name == word || Aliases.Contains(word);
}

/// <summary>A positional argument: its name, how many values it takes and the values it allows.</summary>
internal sealed record Argument(string Name, int Min, int Max, string[]? Choices, Said Said);

/// <summary>A command: its name, purpose, positional arguments and own options.</summary>
internal sealed record Command(string Name, Said Said, Argument[] Arguments, Option[] Options);

/// <summary>
/// The command line, defined once: every command, argument and option with its words in Chinese and English. The
/// parser (<see cref="Arguments"/>), each command's help, shell completion and the README's command block are all read
/// from this table.
/// </summary>
internal static class Usage
{
    public const string Tool = "govdisclosure";

    /// <summary><c>--lang zh|en</c>, accepted before or after any command.</summary>
    public static Option Lang { get; } = new("--lang", [], "zh|en", ["zh", "en"],
        new("消息和帮助的语言（未给时按区域设置，默认 zh）", "the language of messages and help (the locale's when not given; zh by default)"));

    /// <summary><c>-h</c>, <c>--help</c>, <c>-?</c>: a flag of every command.</summary>
    public static Option HelpFlag { get; } = new("--help", ["-h", "-?"], null, null, new("显示本帮助", "show this help"));

    /// <summary>Every command, in the order help lists them.</summary>
    public static IReadOnlyList<Command> Commands { get; } = Build();

    public static Command? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    public static bool IsCommand(string word) => Find(word) is not null;

    /// <summary>The synopsis of one command, such as <c>govdisclosure rules [--format text|json] [--lang zh|en]</c>.</summary>
    public static string Of(string command) => Synopsis(Find(command) ?? throw new ArgumentException(command, nameof(command)));

    public static string Synopsis(Command command)
    {
        var words = new List<string> { Tool, command.Name };
        words.AddRange(command.Arguments.Select(ArgumentWord));
        words.AddRange(OptionsOf(command).Where(o => !o.IsHelp).Select(o => $"[{ShortestName(o)} {ValueWord(o)}]"));
        return string.Join(" ", words);
    }

    /// <summary>What <c>govdisclosure --help</c> prints: every command's synopsis and purpose, and the exit codes.</summary>
    public static string Text(MessageLanguage language)
    {
        var text = new StringBuilder(new Said("govdisclosure — 政府信息公开工作年度报告（2021 年格式）校验工具", "govdisclosure — the annual government-information-disclosure report tool (2021 format)").In(language));
        text.Append("\n\n");
        foreach (var command in Commands)
        {
            text.Append($"  {Synopsis(command)}\n      {command.Said.In(language)}\n");
        }

        text.Append('\n').Append(new Said(
            "运行 govdisclosure <命令> --help 查看一个命令的参数和选项；@文件 读入响应文件中的参数。",
            "Run govdisclosure <command> --help for a command's arguments and options; @file reads arguments from a response file.").In(language));
        text.Append('\n').Append(ExitCodes.In(language)).Append('\n');
        return text.ToString();
    }

    /// <summary>One command's help: synopsis, purpose, arguments and options, in one language.</summary>
    public static string Help(Command command, MessageLanguage language)
    {
        var english = language == MessageLanguage.English;
        var text = new StringBuilder($"{Tool} {command.Name} — {command.Said.In(language)}\n\n");
        text.Append(english ? "Usage:\n" : "用法：\n").Append("  ").Append(Synopsis(command)).Append('\n');
        var rows = Rows(command, language).ToList();
        var width = rows.Max(r => r.Name.Length) + 2;
        var arguments = rows.Where(r => r.IsArgument).ToList();
        if (arguments.Count > 0)
        {
            text.Append(english ? "\nArguments:\n" : "\n参数：\n");
            arguments.ForEach(r => text.Append("  ").Append(r.Name.PadRight(width)).Append(r.Text).Append('\n'));
        }

        text.Append(english ? "\nOptions:\n" : "\n选项：\n");
        rows.Where(r => !r.IsArgument).ToList().ForEach(r => text.Append("  ").Append(r.Name.PadRight(width)).Append(r.Text).Append('\n'));
        text.Append('\n').Append(ExitCodes.In(language)).Append('\n');
        return text.ToString();
    }

    /// <summary>The README's command block: every command, argument and option, in Chinese and English.</summary>
    public static string ReadmeBlock()
    {
        var text = new StringBuilder("\n```\n");
        foreach (var command in Commands)
        {
            text.Append(Synopsis(command)).Append('\n');
            text.Append("    ").Append(command.Said.Chinese).Append('\n');
            text.Append("    ").Append(command.Said.English).Append('\n');
            var chinese = Rows(command, MessageLanguage.Chinese).Where(r => !r.Name.EndsWith("--help", StringComparison.Ordinal)).ToList();
            var english = Rows(command, MessageLanguage.English).Where(r => !r.Name.EndsWith("--help", StringComparison.Ordinal)).ToList();
            var width = chinese.Max(r => r.Name.Length) + 2;
            for (var i = 0; i < chinese.Count; i++)
            {
                text.Append("    ").Append(chinese[i].Name.PadRight(width)).Append(chinese[i].Text).Append(" · ").Append(english[i].Text).Append('\n');
            }

            text.Append('\n');
        }

        text.Append(ExitCodes.Chinese).Append('\n').Append(ExitCodes.English).Append("\n```\n");
        return text.ToString();
    }

    /// <summary>The options a command takes: its own, then those of every command (help, then --lang).</summary>
    public static IEnumerable<Option> OptionsOf(Command command) => command.Options.Append(HelpFlag).Append(Lang);

    /// <summary>The name a synopsis shows: <c>-o</c> rather than <c>--output</c>.</summary>
    public static string ShortestName(Option option) =>
        option.Aliases.Append(option.Name).Where(a => a.StartsWith('-')).OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).First();

    /// <summary>Every name of an option, short ones first: <c>-o, --output</c>.</summary>
    public static string Names(Option option) =>
        string.Join(", ", option.Aliases.Append(option.Name).Where(a => a.StartsWith("-", StringComparison.Ordinal)).Distinct().OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal));

    public static string ArgumentWord(Argument argument)
    {
        if (argument.Choices is { } values)
        {
            return $"[{string.Join("|", values)}]";
        }

        var word = $"<{argument.Name}>" + (argument.Max > 1 ? "..." : "");
        return argument.Min == 0 ? $"[{word}]" : word;
    }

    private static Said ExitCodes { get; } = new(
        "退出码：0 无错误 · 1 发现错误级别的问题（含格式错误的输入）· 2 用法错误或路径不可读",
        "Exit codes: 0 no error · 1 an error-severity finding (malformed input included) · 2 bad usage or an unreadable path");

    private static string ValueWord(Option option) => option.Choices is { } values ? string.Join("|", values) : $"<{option.HelpName}>";

    private static IEnumerable<(string Name, string Text, bool IsArgument)> Rows(Command command, MessageLanguage language)
    {
        foreach (var argument in command.Arguments)
        {
            yield return (ArgumentWord(argument), argument.Said.In(language), true);
        }

        foreach (var option in OptionsOf(command))
        {
            yield return (option.IsHelp ? Names(option) : $"{Names(option)} {ValueWord(option)}", option.Said.In(language), false);
        }
    }

    private static Command[] Build() =>
    [
        new("validate", new("校验报告（.json 严格读取，文本、网页和 .docx 按内容识别后导入，文件夹递归）", "Validate reports (.json read strictly; text, web pages and .docx imported as their content shows; folders walked)"),
            [Many("path", new("要校验的报告文件或文件夹", "the report files or folders to validate"))],
            [
                Value("--previous", "file", new("上一年度的报告，用于逐年规则（GD5xx）", "last year's report, for the year-over-year rules (GD5xx)")),
                Format(["text", "json", "sarif"], new("输出格式（默认 text；json 每个文件一行；sarif 供代码扫描）", "the output format (text by default; json is a line a file; sarif for code scanning)")),
            ]),
        new("diff", new("与上一年度报告比对", "Compare with last year's report"),
            [One("previous", new("上一年度的报告", "last year's report")), One("current", new("本年度的报告", "this year's report"))],
            [Format(["text", "json", "markdown"], new("输出格式（默认 text）", "the output format (text by default)"))]),
        new("import", new("把发布的文本、网页或 .docx 导入为 JSON", "Import published text, a web page or a .docx as JSON"),
            [One("file", new("要导入的文件：文本、网页或 .docx", "the file to import: text, a web page or a .docx"))],
            [Output("file.json", new("写出的 JSON 文件（默认标准输出）", "the JSON file to write (stdout by default)"))]),
        new("export", new("把 JSON 报告导出为文本、Markdown、官方模板 .docx 或 HTML", "Export a JSON report as text, Markdown, or the official template as .docx or HTML"),
            [One("file.json", new("要导出的 JSON 报告", "the JSON report to export"))],
            [
                Format(["text", "json", "markdown", "docx", "html"], new("输出格式（默认 text；docx 需 -o）", "the output format (text by default; docx needs -o)")),
                Output("file", new("写出的文件（默认标准输出）", "the file to write (stdout by default)")),
            ]),
        new("aggregate", new("把多个机关的报告汇总为一份", "Roll many agencies' reports up into one"),
            [Many("path", new("要汇总的报告文件或文件夹", "the report files or folders to roll up"))],
            [
                Output("file.json", new("写出的汇总 JSON（默认标准输出）", "the roll-up JSON to write (stdout by default)")),
                Value("--name", "name", new("汇总报告的机关名称（默认“N 个机关汇总”）", "the roll-up's agency name ('Roll-up of N agencies' by default)")),
            ]),
        new("audit", new("审计一个地区多年的报告，写出 index.html、reports.xlsx、reports.csv、audit.json", "Audit a jurisdiction's reports over years; writes index.html, reports.xlsx, reports.csv and audit.json"),
            [Many("path", new("要审计的报告文件或文件夹", "the report files or folders to audit"))],
            [
                Output("folder", new("写入的文件夹（默认 audit）", "the folder to write to (audit by default)")),
                Value("--renames", "file", new("机关更名表：每行“旧名称 = 新名称”", "agency renames: one 'old name = new name' a line")),
                Value("--similarity", "0-1", new(
                    "判定正文抄袭的相似度，0 至 1（默认 " + DefaultSimilarity + "）",
                    "the similarity at which prose counts as copied, 0 to 1 (" + DefaultSimilarity + " by default)")),
            ]),
        new("schema", new("输出库中的 JSON Schema", "Print one of the library's JSON Schemas"),
            [new("schema", 0, 1, ["report", "result", "diff", "audit"], new("要输出的 Schema（默认 report）", "the schema to print (report by default)"))],
            []),
        new("rules", new("列出全部规则", "List every rule"),
            [],
            [Format(["text", "json"], new("输出格式（默认 text）", "the output format (text by default)"))]),
    ];

    private static string DefaultSimilarity => AuditOptions.Default.ProseSimilarityThreshold.ToString(CultureInfo.InvariantCulture);

    private static Argument One(string name, Said said) => new(name, 1, 1, null, said);

    private static Argument Many(string name, Said said) => new(name, 1, int.MaxValue, null, said);

    private static Option Value(string name, string value, Said said) => new(name, [], value, null, said);

    private static Option Output(string value, Said said) => new("--output", ["-o"], value, null, said);

    private static Option Format(string[] values, Said said) => new("--format", [], string.Join("|", values), values, said);
}
