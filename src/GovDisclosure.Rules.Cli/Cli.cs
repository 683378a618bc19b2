using System;
using System.Collections.Generic;
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
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactiveErrors = false)
    {
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                (args.Length == 0 ? stderr : stdout).Write(Usage.Text);
                return args.Length == 0 ? BadUsage : NoError;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(AnnualReport).Assembly.GetName().Version?.ToString(3));
                return NoError;
            }

            var command = args[0];
            if (!Usage.IsCommand(command))
            {
                throw new UsageException($"未知命令 “{command}” (unknown command '{command}')");
            }

            var words = args.Skip(1).ToArray();
            if (words.Any(w => w is "-h" or "--help"))
            {
                stdout.WriteLine(Usage.Of(command));
                return NoError;
            }

            var context = new CommandContext(stdout, stderr, interactiveErrors);
            return command switch
            {
                "validate" => Commands.ValidateCommand.Run(words, context),
                "diff" => Commands.DiffCommand.Run(words, context),
                "import" => Commands.ImportCommand.Run(words, context),
                "export" => Commands.ExportCommand.Run(words, context),
                "aggregate" => Commands.AggregateCommand.Run(words, context),
                "audit" => Commands.AuditCommand.Run(words, context),
                "schema" => Commands.SchemaCommand.Run(words, context),
                _ => Commands.RulesCommand.Run(words, context),
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
            var english = args.Contains("en") && args.Any(a => a is "--lang" or "--lang=en");
            stderr.WriteLine("govdisclosure: " + (english ? $"cannot write the output: {e.Message}" : $"无法写出结果 (cannot write the output): {e.Message}"));
            return BadUsage;
        }
        catch (Exception e)
        {
            // The library turns bad data into findings; reaching here is a defect, still reported in one line.
            stderr.WriteLine($"govdisclosure: 内部错误 (internal error): {e.GetType().Name}: {e.Message}");
            return ErrorFound;
        }
    }
}
