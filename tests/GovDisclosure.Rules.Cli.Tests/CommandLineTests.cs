using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Tests;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// The command line defined once (<see cref="Usage"/>): every command and option parses, each command's help speaks
/// zh and en, mistakes are one line in the chosen language with exit 2, response files and completions work, and the
/// README's command block is generated from the same definition.
/// </summary>
public class CommandLineTests
{
    /// <summary>Command, words after it, the positional arguments and the options (name=value) the body reads.</summary>
    public static TheoryData<string, string[], string[], string[]> Parses => new()
    {
        { "validate", ["a.json", "folder", "--previous", "p.json", "--format", "sarif", "--lang", "en"], ["a.json", "folder"], ["--previous=p.json", "--format=sarif", "--lang=en"] },
        { "validate", ["--format=json", "a.txt"], ["a.txt"], ["--format=json"] },
        { "validate", ["--", "-starts-with-a-dash.json"], ["-starts-with-a-dash.json"], [] },
        { "diff", ["2021.json", "2022.txt", "--format", "markdown", "--lang", "en"], ["2021.json", "2022.txt"], ["--format=markdown", "--lang=en"] },
        { "import", ["report.txt", "-o", "report.json"], ["report.txt"], ["-o=report.json", "--output=report.json"] },
        { "import", ["report.docx", "--output", "report.json", "--lang", "zh"], ["report.docx"], ["-o=report.json", "--lang=zh"] },
        { "export", ["report.json", "--format", "docx", "-o", "report.docx"], ["report.json"], ["--format=docx", "-o=report.docx"] },
        { "export", ["report.json", "--format", "html", "--lang=en"], ["report.json"], ["--format=html", "--lang=en"] },
        { "aggregate", ["a.json", "b.json", "--name", "全市汇总", "-o", "all.json", "--lang", "zh"], ["a.json", "b.json"], ["--name=全市汇总", "-o=all.json", "--lang=zh"] },
        { "audit", ["--lang", "en", "reports", "--renames", "renames.txt", "--similarity", "0.8", "-o", "out"], ["reports"], ["--renames=renames.txt", "--similarity=0.8", "-o=out", "--lang=en"] },
        { "schema", ["diff", "--lang", "en"], ["diff"], ["--lang=en"] },
        { "schema", [], [], [] },
        { "rules", ["--format", "json", "--lang", "en"], [], ["--format=json", "--lang=en"] },
        { "rules", ["--format", "text"], [], ["--format=text"] },
    };

    [Theory]
    [MemberData(nameof(Parses))]
    public void Every_command_and_option_parses_to_what_the_body_reads(string command, string[] words, string[] positional, string[] options)
    {
        var arguments = Arguments.Parse(command, words);
        Assert.Equal(command, arguments.Command);
        Assert.Equal(positional, arguments.Positional);
        foreach (var option in options)
        {
            var (name, value) = (option[..option.IndexOf('=')], option[(option.IndexOf('=') + 1)..]);
            Assert.Equal(value, arguments.Option(name));
        }

        var given = options.Select(o => o[..o.IndexOf('=')]).ToHashSet();
        foreach (var absent in Usage.OptionsOf(Usage.Find(command)!).SelectMany(o => o.Aliases.Append(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal) && !given.Contains(n) && !IsAliasOfGiven(command, n, given)))
        {
            Assert.Null(arguments.Option(absent));
        }
    }

    [Fact]
    public void The_parse_table_covers_every_command_and_every_option()
    {
        var covered = Parses.Select(row => ((string)row[0], (string[])row[3])).SelectMany(r => r.Item2.Select(o => (r.Item1, o[..o.IndexOf('=')]))).ToHashSet();
        var commands = Parses.Select(row => (string)row[0]).ToHashSet();
        foreach (var command in Usage.Commands)
        {
            Assert.Contains(command.Name, commands);
            foreach (var option in Usage.OptionsOf(command).Where(o => !o.IsHelp))
            {
                Assert.True(option.Aliases.Append(option.Name).Any(n => covered.Contains((command.Name, n))), $"{command.Name} {option.Name} is not in the parse table");
            }
        }
    }

    [Fact]
    public void The_language_is_lang_then_the_culture_then_chinese()
    {
        Assert.Equal(MessageLanguage.English, Arguments.Parse("rules", ["--lang", "en"]).Language);
        Assert.Equal(MessageLanguage.Chinese, Arguments.Parse("rules", []).Language);
        Assert.Equal(MessageLanguage.English, Arguments.LanguageOf("en_US.UTF-8"));
        Assert.Equal(MessageLanguage.English, Arguments.LanguageOf("en-GB"));
        Assert.Equal(MessageLanguage.Chinese, Arguments.LanguageOf("zh_CN.UTF-8"));
        Assert.Equal(MessageLanguage.Chinese, Arguments.LanguageOf("C.UTF-8"));
        Assert.Equal(MessageLanguage.Chinese, Arguments.LanguageOf((string?)null));

        // The culture's choice reaches the command body; --lang overrides it.
        var stdout = new StringWriter();
        Assert.Equal(0, Cli.Run(["rules"], stdout, new StringWriter(), byCulture: MessageLanguage.English));
        Assert.Contains("Malformed JSON", stdout.ToString(), StringComparison.Ordinal);
        stdout = new StringWriter();
        Assert.Equal(0, Cli.Run(["rules", "--lang", "zh"], stdout, new StringWriter(), byCulture: MessageLanguage.English));
        Assert.DoesNotContain("Malformed JSON", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_locale_chooses_english_in_the_tool()
    {
        var run = CliRun.AsProcessIn(TimeSpan.FromMinutes(2), new Dictionary<string, string> { ["LC_ALL"] = "en_US.UTF-8" }, "frobnicate");
        Assert.Equal(Cli.BadUsage, run.ExitCode);
        Assert.StartsWith("govdisclosure: unknown command 'frobnicate'", run.Stderr, StringComparison.Ordinal);
        Assert.False(HasChinese(run.Stderr));
    }

    public static TheoryData<string, string> CommandsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var command in Usage.Commands)
            {
                data.Add(command.Name, "zh");
                data.Add(command.Name, "en");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public void Each_command_has_help_in_each_language(string command, string language)
    {
        var run = CliRun.InProcess(command, "--help", "--lang", language);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var definition = Usage.Find(command)!;
        Assert.Contains(Usage.Synopsis(definition), run.Stdout, StringComparison.Ordinal);
        foreach (var option in Usage.OptionsOf(definition))
        {
            Assert.Contains(Usage.Names(option), run.Stdout, StringComparison.Ordinal);
        }

        // The words of the help are those of one language: English with en; Chinese headings with zh.
        Assert.Equal(language == "zh", HasChinese(run.Stdout));
        Assert.Contains(language == "zh" ? "用法：" : "Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(run.Stdout, CliRun.InProcess("help", command, "--lang", language).Stdout);
    }

    [Fact]
    public void The_overall_help_lists_every_command()
    {
        var run = CliRun.InProcess("--help", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.All(Usage.Commands, c => Assert.Contains(Usage.Synopsis(c), run.Stdout, StringComparison.Ordinal));
        Assert.False(HasChinese(run.Stdout));
        var onlyLanguage = CliRun.InProcess("--lang", "en");
        Assert.StartsWith("govdisclosure: missing command. ", onlyLanguage.Stderr, StringComparison.Ordinal);
        Assert.Single(onlyLanguage.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Equal(Cli.BadUsage, onlyLanguage.ExitCode);
        var bare = CliRun.InProcess();
        Assert.Equal(Cli.BadUsage, bare.ExitCode);
        Assert.Contains("govdisclosure validate", bare.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("rule")]
    [InlineData("validate", "--colour", "red", "x.json")]
    [InlineData("rules", "--verbose")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--format")]
    [InlineData("validate", "x.json", "--format", "--previous", "p.json")]
    [InlineData("validate", "x.json", "--format", "json", "--format", "text")]
    [InlineData("validate")]
    [InlineData("diff", "only-one.json")]
    [InlineData("diff", "a.json", "b.json", "c.json")]
    [InlineData("schema", "nonsense")]
    [InlineData("rules", "extra")]
    [InlineData("--lang", "fr", "rules")]
    [InlineData("@/no/such/args.rsp")]
    public void A_mistake_is_one_line_in_the_chosen_language_and_exit_2(params string[] args)
    {
        var english = CliRun.InProcess(["--lang", "en", .. args]);
        Assert.Equal(Cli.BadUsage, english.ExitCode);
        Assert.Equal("", english.Stdout);
        Assert.Single(english.Stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("govdisclosure: ", english.Stderr, StringComparison.Ordinal);
        Assert.False(HasChinese(english.Stderr), english.Stderr);

        if (args.Contains("fr"))
        {
            return;
        }

        var chinese = CliRun.InProcess(args);
        Assert.Equal(Cli.BadUsage, chinese.ExitCode);
        Assert.Equal("", chinese.Stdout);
        Assert.Single(chinese.Stderr.TrimEnd('\n').Split('\n'));
        Assert.True(HasChinese(chinese.Stderr), chinese.Stderr);
    }

    /// <summary>
    /// The words of a wrong count of positional arguments, each command's own: too few and too many, the message in zh
    /// and in en (the hint after it is the command's synopsis).
    /// </summary>
    private static readonly Dictionary<(string Command, bool TooMany), (string Chinese, string English)> PositionalMistakes = new()
    {
        [("validate", false)] = ("validate: 缺少参数 <path>... (validate: missing <path>...)", "validate: missing <path>..."),
        [("diff", false)] = ("diff: 缺少参数 <previous> <current> (diff: missing <previous> <current>)", "diff: missing <previous> <current>"),
        [("diff", true)] = ("diff: 多余的参数 “p2” (diff: unexpected argument 'p2')", "diff: unexpected argument 'p2'"),
        [("import", false)] = ("import: 缺少参数 <file> (import: missing <file>)", "import: missing <file>"),
        [("import", true)] = ("import: 多余的参数 “p1” (import: unexpected argument 'p1')", "import: unexpected argument 'p1'"),
        [("export", false)] = ("export: 缺少参数 <file.json> (export: missing <file.json>)", "export: missing <file.json>"),
        [("export", true)] = ("export: 多余的参数 “p1” (export: unexpected argument 'p1')", "export: unexpected argument 'p1'"),
        [("aggregate", false)] = ("aggregate: 缺少参数 <path>... (aggregate: missing <path>...)", "aggregate: missing <path>..."),
        [("audit", false)] = ("audit: 缺少参数 <path>... (audit: missing <path>...)", "audit: missing <path>..."),
        [("schema", true)] = ("schema: 多余的参数 “p1” (schema: unexpected argument 'p1')", "schema: unexpected argument 'p1'"),
        [("rules", true)] = ("rules: 多余的参数 “p0” (rules: unexpected argument 'p0')", "rules: unexpected argument 'p0'"),
    };

    [Theory]
    [MemberData(nameof(CommandsAndLanguages))]
    public void Too_few_or_too_many_positional_arguments_are_one_line_and_exit_2(string command, string language)
    {
        var definition = Usage.Find(command)!;
        var min = definition.Arguments.Sum(a => a.Min);
        var max = definition.Arguments.Aggregate(0L, (sum, a) => sum + a.Max);
        var english = language == "en";
        var hint = english ? $"usage: {Usage.Synopsis(definition)}" : $"用法：{Usage.Synopsis(definition)} (usage: {Usage.Synopsis(definition)})";
        var counts = new List<(int Count, bool TooMany)>();
        if (min > 0)
        {
            counts.Add((min - 1, false));
        }

        if (max < int.MaxValue)
        {
            counts.Add(((int)max + 1, true));
        }

        // Every command has a bound to break: none takes any count of arguments at all.
        Assert.NotEmpty(counts);
        foreach (var (count, tooMany) in counts)
        {
            // A value the definition allows, so that only the count is wrong (schema names its values).
            var first = definition.Arguments.FirstOrDefault(a => a.Choices is not null)?.Choices![0] ?? "p0";
            var positional = Enumerable.Range(0, count).Select(i => i == 0 ? first : $"p{i}");
            var run = CliRun.InProcess([command, .. positional, "--lang", language]);
            Assert.Equal(Cli.BadUsage, run.ExitCode);
            Assert.Equal("", run.Stdout);
            Assert.True(PositionalMistakes.TryGetValue((command, tooMany), out var said), $"{command} {(tooMany ? "too many" : "too few")} has no pinned message");
            Assert.Equal($"govdisclosure: {(english ? said.English : said.Chinese)}. {hint}\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("--version", "--lang", "en")]
    [InlineData("--lang", "zh", "--version")]
    public void The_version_is_the_library_version(params string[] args)
    {
        var run = CliRun.InProcess(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(typeof(AnnualReport).Assembly.GetName().Version!.ToString(3), run.Stdout.Trim());
    }

    [Fact]
    public void An_unknown_command_never_falls_through_to_rules()
    {
        var run = CliRun.InProcess("rule", "--lang", "en");
        Assert.Equal("govdisclosure: unknown command 'rule'. commands: validate, diff, import, export, aggregate, audit, schema, rules\n", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain("GDJ001", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_file_gives_the_words_of_the_command_line()
    {
        var file = Path.Combine(Path.GetTempPath(), "govdisclosure-args-" + Guid.NewGuid().ToString("N") + ".rsp");
        try
        {
            File.WriteAllText(file, $"validate\n{CliRun.SeedText}\n--format json\n");
            var direct = CliRun.InProcess("validate", CliRun.SeedText, "--format", "json");
            var fromFile = CliRun.InProcess("@" + file);
            Assert.Equal(0, fromFile.ExitCode);
            Assert.Equal(direct.Stdout, fromFile.Stdout);
            Assert.StartsWith("{\"file\":", fromFile.Stdout, StringComparison.Ordinal);

            // Words after the file still count, and the file may stand after the command.
            File.WriteAllText(file, "--format\njson\n");
            var mixed = CliRun.InProcess("validate", "@" + file, CliRun.SeedText, "--lang", "en");
            Assert.Equal(direct.Stdout, mixed.Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("val", "validate")]
    [InlineData("validate --fo", "--format")]
    [InlineData("validate --format ", "json|sarif|text")]
    [InlineData("export r.json --format ", "docx|html|json|markdown|text")]
    [InlineData("schema ", "audit|diff|report|result")]
    [InlineData("rules --lang ", "en|zh")]
    [InlineData("import --o", "--output")]
    public void Completion_suggests_commands_options_and_values(string line, string expected)
    {
        var run = CliRun.InProcess($"[suggest:{line.Length}]", line);
        Assert.Equal(0, run.ExitCode);
        var suggested = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expected.Split('|'), suggested.Where(s => !s.StartsWith('-') || expected.StartsWith('-')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Completion_offers_every_option_of_a_command()
    {
        var line = "audit --";
        var suggested = CliRun.InProcess($"[suggest:{line.Length}]", line).Stdout.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var option in Usage.OptionsOf(Usage.Find("audit")!))
        {
            Assert.Contains(option.Name, suggested);
        }
    }

    [Fact]
    public void The_README_command_block_is_the_definition() =>
        GeneratedSections.AssertUpToDate("README.md", "cli", Usage.ReadmeBlock());

    [Fact]
    public void The_README_block_names_every_command_and_option()
    {
        var block = Usage.ReadmeBlock();
        foreach (var command in Usage.Commands)
        {
            Assert.Contains($"govdisclosure {command.Name} ", block + " ", StringComparison.Ordinal);
            foreach (var option in Usage.OptionsOf(command).Where(o => !o.IsHelp))
            {
                Assert.Contains(Usage.Names(option), block, StringComparison.Ordinal);
            }
        }
    }

    private static bool IsAliasOfGiven(string command, string name, HashSet<string> given) =>
        Usage.OptionsOf(Usage.Find(command)!).Any(o => o.Aliases.Append(o.Name).Contains(name) && o.Aliases.Append(o.Name).Any(given.Contains));

    private static bool HasChinese(string text) => text.Any(c => c >= '\u4E00' && c <= '\u9FFF');
}
