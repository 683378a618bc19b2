using System;
using System.IO;
using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The <c>govdisclosure</c> command line. Exit codes: 0 no error found; 1 an error-severity finding (malformed input
/// included); 2 bad usage or an unreadable path. Only results go to stdout; diagnostics and progress go to stderr.
/// </summary>
internal static class Cli
{
    public const int NoError = 0;
    public const int ErrorFound = 1;
    public const int BadUsage = 2;

    /// <summary>Runs one command line; never throws and never prints a stack trace.</summary>
    /// <param name="args">The words of the command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where diagnostics go.</param>
    /// <param name="interactiveErrors">Whether stderr is a terminal (progress is shown there).</param>
    /// <param name="byCulture">The language when no --lang is given; null for the current UI culture's.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactiveErrors = false, MessageLanguage? byCulture = null)
    {
        var language = Arguments.LanguageOf(args, byCulture);
        try
        {
            if (args.Length == 0)
            {
                stderr.Write(Usage.Text(language));
                return BadUsage;
            }

            if (Completion.IsAsked(args))
            {
                foreach (var word in Completion.Of(args))
                {
                    stdout.WriteLine(word);
                }

                return NoError;
            }

            args = ResponseFiles.Expand(args, language);
            language = Arguments.LanguageOf(args, byCulture);

            // Before the command: --lang, --help (or the word help), --version.
            var at = 0;
            var help = false;
            while (at < args.Length && (args[at].StartsWith('-') || args[at] == "help"))
            {
                var word = args[at];
                if (word == "--version")
                {
                    stdout.WriteLine(typeof(AnnualReport).Assembly.GetName().Version?.ToString(3));
                    return NoError;
                }

                if (word == "help" || Usage.HelpFlag.Named(word))
                {
                    help = true;
                    at++;
                    if (word == "help")
                    {
                        break;
                    }

                    continue;
                }

                if (word == Usage.Lang.Name && at + 1 < args.Length && args[at + 1] is "zh" or "en")
                {
                    at += 2;
                    continue;
                }

                if (word is "--lang=zh" or "--lang=en")
                {
                    at++;
                    continue;
                }

                throw word.StartsWith(Usage.Lang.Name, StringComparison.Ordinal)
                    ? new UsageException(Words.Say(language, "--lang 的取值无效", "invalid value for --lang"), Words.Say(language, "可选：zh | en", "choose: zh | en"))
                    : new UsageException(Words.Say(language, $"未知选项 {word}", $"unknown option {word}"), Words.Say(language, "运行 govdisclosure --help 查看用法", "run govdisclosure --help for usage"));
            }

            if (at >= args.Length)
            {
                if (help)
                {
                    stdout.Write(Usage.Text(language));
                    return NoError;
                }

                throw new UsageException(Words.Say(language, "缺少命令", "missing command"), Words.Say(language, $"可用命令：{CommandList}", $"commands: {CommandList}"));
            }

            var command = Usage.Find(args[at])
                ?? throw new UsageException(Words.Say(language, $"未知命令 “{args[at]}”", $"unknown command '{args[at]}'"), Words.Say(language, $"可用命令：{CommandList}", $"commands: {CommandList}"));
            var words = args.Skip(at + 1).ToArray();
            var endOfOptions = Array.IndexOf(words, "--");
            if (help || words.Take(endOfOptions < 0 ? words.Length : endOfOptions).Any(Usage.HelpFlag.Named))
            {
                stdout.Write(Usage.Help(command, language));
                return NoError;
            }

            // The language chosen before the command, or by the culture, reaches the body as --lang would.
            words = [Usage.Lang.Name, language == MessageLanguage.English ? "en" : "zh", .. words];
            var context = new CommandContext(stdout, stderr, interactiveErrors);
            return command.Name switch
            {
                "validate" => Commands.ValidateCommand.Run(words, context),
                "diff" => Commands.DiffCommand.Run(words, context),
                "import" => Commands.ImportCommand.Run(words, context),
                "export" => Commands.ExportCommand.Run(words, context),
                "aggregate" => Commands.AggregateCommand.Run(words, context),
                "audit" => Commands.AuditCommand.Run(words, context),
                "schema" => Commands.SchemaCommand.Run(words, context),
                "rules" => Commands.RulesCommand.Run(words, context),
                var other => throw new InvalidOperationException($"the command line defines {other}, which no command body runs"),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"govdisclosure: {e.Message}. {e.Hint}");
            return BadUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Every file read is wrapped in a usage error: what is left is the output, such as stdout closed.
            stderr.WriteLine("govdisclosure: " + Words.Say(language, $"无法写出结果：{e.Message}", $"cannot write the output: {e.Message}"));
            return BadUsage;
        }
        catch (Exception e)
        {
            // The library turns bad data into findings; reaching here is a defect, still reported in one line.
            stderr.WriteLine($"govdisclosure: {Words.Say(language, "内部错误", "internal error")}: {e.GetType().Name}: {e.Message}");
            return ErrorFound;
        }
    }

    private static string CommandList => string.Join(", ", Usage.Commands.Select(c => c.Name));
}
