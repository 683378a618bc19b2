using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Audit;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The command line, defined once: every command, argument and option with its words in Chinese and English. The
/// parser, each command's help, shell completion and the README's command block are all read from this definition.
/// </summary>
internal static class Usage
{
    public const string Tool = "govdisclosure";

    // What System.CommandLine's symbols do not hold: the words in both languages, and the values an option allows (its
    // completions come from AcceptOnlyFromAmong; the synopsis shows them).
    private static readonly Dictionary<Symbol, Said> Texts = [];
    private static readonly Dictionary<Symbol, string[]> Choices = [];

    /// <summary><c>--lang zh|en</c>, accepted before or after any command.</summary>
    public static Option<string> Lang { get; } = Choice(new Option<string>("--lang") { Recursive = true }, ["zh", "en"],
        new("消息和帮助的语言（未给时按区域设置，默认 zh）", "the language of messages and help (the locale's when not given; zh by default)"));

    /// <summary>The whole definition: the root and its commands.</summary>
    public static RootCommand Root { get; } = Build();

    public static IEnumerable<Command> Commands => Root.Subcommands;

    public static Command? Find(string name) => Root.Subcommands.FirstOrDefault(c => c.Name == name);

    public static bool IsCommand(string word) => Find(word) is not null;

    /// <summary>The synopsis of one command, such as <c>govdisclosure rules [--format text|json] [--lang zh|en]</c>.</summary>
    public static string Of(string command) => Synopsis(Find(command) ?? throw new ArgumentException(command, nameof(command)));

    public static string Synopsis(Command command)
    {
        var words = new List<string> { Tool, command.Name };
        words.AddRange(command.Arguments.Select(ArgumentWord));
        words.AddRange(OptionsOf(command).Where(o => o is not HelpOption).Select(o => $"[{ShortestName(o)} {ValueWord(o)}]"));
        return string.Join(" ", words);
    }

    /// <summary>What <c>govdisclosure --help</c> prints: every command's synopsis and purpose, and the exit codes.</summary>
    public static string Text(MessageLanguage language)
    {
        var text = new StringBuilder(new Said("govdisclosure — 政府信息公开工作年度报告（2021 年格式）校验工具", "govdisclosure — the annual government-information-disclosure report tool (2021 format)").In(language));
        text.Append("\n\n");
        foreach (var command in Commands)
        {
            text.Append($"  {Synopsis(command)}\n      {Texts[command].In(language)}\n");
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
        var text = new StringBuilder($"{Tool} {command.Name} — {Texts[command].In(language)}\n\n");
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
            text.Append("    ").Append(Texts[command].Chinese).Append('\n');
            text.Append("    ").Append(Texts[command].English).Append('\n');
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

    /// <summary>The options a command takes: its own, then those given to every command.</summary>
    public static IEnumerable<Option> OptionsOf(Command command) => command.Options.Concat(Root.Options.Where(o => o.Recursive));

    /// <summary>The values an option or argument allows, if it names them.</summary>
    public static IReadOnlyList<string>? ChoicesOf(Symbol symbol) => Choices.TryGetValue(symbol, out var values) ? values : null;

    /// <summary>The name a synopsis shows: <c>-o</c> rather than <c>--output</c>.</summary>
    public static string ShortestName(Option option) =>
        option.Aliases.Append(option.Name).Where(a => a.StartsWith('-')).OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).First();

    /// <summary>Every name of an option, short ones first: <c>-o, --output</c>.</summary>
    public static string Names(Option option) =>
        string.Join(", ", option.Aliases.Append(option.Name).Where(a => a.StartsWith("-", StringComparison.Ordinal)).Distinct().OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal));

    public static string ArgumentWord(Argument argument)
    {
        if (Choices.TryGetValue(argument, out var values))
        {
            return $"[{string.Join("|", values)}]";
        }

        var word = $"<{argument.HelpName ?? argument.Name}>" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{word}]" : word;
    }

    private static Said ExitCodes { get; } = new(
        "退出码：0 无错误 · 1 发现错误级别的问题（含格式错误的输入）· 2 用法错误或路径不可读",
        "Exit codes: 0 no error · 1 an error-severity finding (malformed input included) · 2 bad usage or an unreadable path");

    private static string ValueWord(Option option) =>
        Choices.TryGetValue(option, out var values) ? string.Join("|", values) : $"<{option.HelpName}>";

    private static IEnumerable<(string Name, string Text, bool IsArgument)> Rows(Command command, MessageLanguage language)
    {
        foreach (var argument in command.Arguments)
        {
            yield return (ArgumentWord(argument), Texts[argument].In(language), true);
        }

        foreach (var option in OptionsOf(command))
        {
            var name = option is HelpOption ? Names(option) : $"{Names(option)} {ValueWord(option)}";
            yield return (name, Texts.TryGetValue(option, out var said) ? said.In(language) : new Said("显示本帮助", "show this help").In(language), false);
        }
    }

    private static RootCommand Build()
    {
        var root = new RootCommand("The annual government-information-disclosure report tool") { Lang };
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            // A POSIX tool: -h, --help and -?, not the Windows /h and /?.
            help.Aliases.Remove("/h");
            help.Aliases.Remove("/?");
        }

        root.Add(Command("validate", new("校验报告（.json 严格读取，文本、网页和 .docx 按内容识别后导入，文件夹递归）", "Validate reports (.json read strictly; text, web pages and .docx imported as their content shows; folders walked)"),
            Many("path", new("要校验的报告文件或文件夹", "the report files or folders to validate")),
            Value("--previous", "file", new("上一年度的报告，用于逐年规则（GD5xx）", "last year's report, for the year-over-year rules (GD5xx)")),
            Format(["text", "json", "sarif"], new("输出格式（默认 text；json 每个文件一行；sarif 供代码扫描）", "the output format (text by default; json is a line a file; sarif for code scanning)"))));
        root.Add(Command("diff", new("与上一年度报告比对", "Compare with last year's report"),
            One("previous", new("上一年度的报告", "last year's report")),
            One("current", new("本年度的报告", "this year's report")),
            Format(["text", "json", "markdown"], new("输出格式（默认 text）", "the output format (text by default)"))));
        root.Add(Command("import", new("把发布的文本、网页或 .docx 导入为 JSON", "Import published text, a web page or a .docx as JSON"),
            One("file", new("要导入的文件：文本、网页或 .docx", "the file to import: text, a web page or a .docx")),
            Output("file.json", new("写出的 JSON 文件（默认标准输出）", "the JSON file to write (stdout by default)"))));
        root.Add(Command("export", new("把 JSON 报告导出为文本、Markdown、官方模板 .docx 或 HTML", "Export a JSON report as text, Markdown, or the official template as .docx or HTML"),
            One("file.json", new("要导出的 JSON 报告", "the JSON report to export")),
            Format(["text", "json", "markdown", "docx", "html"], new("输出格式（默认 text；docx 需 -o）", "the output format (text by default; docx needs -o)")),
            Output("file", new("写出的文件（默认标准输出）", "the file to write (stdout by default)"))));
        root.Add(Command("aggregate", new("把多个机关的报告汇总为一份", "Roll many agencies' reports up into one"),
            Many("path", new("要汇总的报告文件或文件夹", "the report files or folders to roll up")),
            Output("file.json", new("写出的汇总 JSON（默认标准输出）", "the roll-up JSON to write (stdout by default)")),
            Value("--name", "name", new("汇总报告的机关名称（默认“N 个机关汇总”）", "the roll-up's agency name ('Roll-up of N agencies' by default)"))));
        root.Add(Command("audit", new("审计一个地区多年的报告，写出 index.html、reports.xlsx、reports.csv、audit.json", "Audit a jurisdiction's reports over years; writes index.html, reports.xlsx, reports.csv and audit.json"),
            Many("path", new("要审计的报告文件或文件夹", "the report files or folders to audit")),
            Output("folder", new("写入的文件夹（默认 audit）", "the folder to write to (audit by default)")),
            Value("--renames", "file", new("机关更名表：每行“旧名称 = 新名称”", "agency renames: one 'old name = new name' a line")),
            Value("--similarity", "0-1", new(
                string.Create(CultureInfo.InvariantCulture, $"判定正文抄袭的相似度，0 至 1（默认 {AuditOptions.Default.ProseSimilarityThreshold}）"),
                string.Create(CultureInfo.InvariantCulture, $"the similarity at which prose counts as copied, 0 to 1 ({AuditOptions.Default.ProseSimilarityThreshold} by default)")))));
        var schema = new Argument<string>("schema") { Arity = ArgumentArity.ZeroOrOne };
        root.Add(Command("schema", new("输出库中的 JSON Schema", "Print one of the library's JSON Schemas"),
            Choice(schema, ["report", "result", "diff", "audit"], new("要输出的 Schema（默认 report）", "the schema to print (report by default)"))));
        root.Add(Command("rules", new("列出全部规则", "List every rule"),
            Format(["text", "json"], new("输出格式（默认 text）", "the output format (text by default)"))));
        return root;
    }

    private static Command Command(string name, Said said, params Symbol[] children)
    {
        var command = new Command(name, said.English);
        foreach (var child in children)
        {
            switch (child)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }

        return Described(command, said);
    }

    private static Argument<string> One(string name, Said said) => Described(new Argument<string>(name), said);

    private static Argument<string[]> Many(string name, Said said) => Described(new Argument<string[]>(name) { Arity = ArgumentArity.OneOrMore }, said);

    private static Option<string> Value(string name, string value, Said said) => Described(new Option<string>(name) { HelpName = value }, said);

    private static Option<string> Output(string value, Said said) => Described(new Option<string>("--output", "-o") { HelpName = value }, said);

    private static Option<string> Format(string[] values, Said said) => Choice(new Option<string>("--format"), values, said);

    private static Option<string> Choice(Option<string> option, string[] values, Said said)
    {
        option.AcceptOnlyFromAmong(values);
        option.HelpName = string.Join("|", values);
        Choices[option] = values;
        return Described(option, said);
    }

    private static Argument<string> Choice(Argument<string> argument, string[] values, Said said)
    {
        argument.AcceptOnlyFromAmong(values);
        Choices[argument] = values;
        return Described(argument, said);
    }

    private static T Described<T>(T symbol, Said said)
        where T : Symbol
    {
        symbol.Description = said.English;
        Texts[symbol] = said;
        return symbol;
    }
}
