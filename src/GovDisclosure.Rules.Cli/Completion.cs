using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// Shell completion from the definition in <see cref="Usage"/>: <c>govdisclosure "[suggest:N]" "command line"</c> prints the
/// commands, options or option values that may stand at position N of the line, one a line (the convention of
/// System.CommandLine's suggest directive, which dotnet-suggest and the completion scripts built on it call).
/// </summary>
internal static class Completion
{
    public const string Directive = "[suggest";

    public static bool IsAsked(string[] args) => args.Length > 0 && args[0].StartsWith(Directive, StringComparison.Ordinal) && args[0].EndsWith(']');

    /// <summary>The completions for <c>[suggest]</c> or <c>[suggest:position]</c> and the words after it.</summary>
    public static IReadOnlyList<string> Of(string[] args)
    {
        var line = string.Join(" ", args.Skip(1));
        var position = args[0].Length > Directive.Length + 1 && int.TryParse(args[0].AsSpan(Directive.Length + 1, args[0].Length - Directive.Length - 2), out var at)
            ? Math.Clamp(at, 0, line.Length)
            : line.Length;
        var before = line[..position];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var partial = before.Length == 0 || before.EndsWith(' ') ? "" : words[^1];
        if (partial.Length > 0)
        {
            words.RemoveAt(words.Count - 1);
        }

        var command = words.Select(Usage.Find).FirstOrDefault(c => c is not null);
        var options = command is null ? [Usage.HelpFlag, Usage.Lang] : Usage.OptionsOf(command).ToArray();
        var previous = words.Count > 0 ? options.FirstOrDefault(o => o.Named(words[^1])) : null;
        IEnumerable<string> candidates;
        if (previous is { IsHelp: false })
        {
            // After an option that takes a value: its values, if it names them (a file name is the shell's to complete).
            candidates = previous.Choices ?? [];
        }
        else
        {
            var names = options.SelectMany(o => o.Aliases.Prepend(o.Name));
            var values = command is null ? Usage.Commands.Select(c => c.Name) : command.Arguments.SelectMany(a => a.Choices ?? []);
            candidates = names.Concat(values);
        }

        return candidates.Where(c => c.StartsWith(partial, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToArray();
    }
}
