using System;
using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
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
        var language = MessageLanguage.Chinese;
        try
        {
            // `help` and `help <command>` as before the parser: the same as --help.
            if (args.Length > 0 && args[0] == "help")
            {
                args = [.. args.Skip(1), "--help"];
            }

            var result = Usage.Root.Parse(args);
            language = Arguments.LanguageOf(result, byCulture);
            if (args.Length == 0)
            {
                stderr.Write(Usage.Text(language));
                return BadUsage;
            }

            switch (result.Action)
            {
                case HelpAction:
                    var command = result.CommandResult.Command;
                    stdout.Write(command is RootCommand ? Usage.Text(language) : Usage.Help(command, language));
                    return NoError;
            }

            if (Usage.Root.Directives.OfType<SuggestDirective>().Any(d => result.GetResult(d) is not null))
            {
                // [suggest] or [suggest:position]: the words a shell may complete, one a line.
                return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
            }

            if (result.CommandResult.Command is RootCommand && Usage.Root.Options.OfType<VersionOption>().Any(v => result.GetResult(v) is not null))
            {
                // --version, alone or with --lang.
                stdout.WriteLine(typeof(AnnualReport).Assembly.GetName().Version?.ToString(3));
                return NoError;
            }

            Arguments.Check(result, language);
            if (result.CommandResult.Command is RootCommand)
            {
                throw new UsageException(Words.Say(language, "缺少命令", "missing command"), Words.Say(language, "运行 govdisclosure --help 查看用法", "run govdisclosure --help for usage"));
            }

            var words = Arguments.WordsOf(result);
            if (result.GetResult(Usage.Lang) is null)
            {
                // The culture's choice reaches the command body as the option would.
                words = [Usage.Lang.Name, language == MessageLanguage.English ? "en" : "zh", .. words];
            }

            var context = new CommandContext(stdout, stderr, interactiveErrors);
            return result.CommandResult.Command.Name switch
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
}
