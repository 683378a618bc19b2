using System;
using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The words after the command: positional paths and options. Each command says which options it takes and which
/// values they allow, so that every mistake is caught before any work starts.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Arguments(string command, List<string> positional)
    {
        Command = command;
        Positional = positional;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses the words after the command name against the options the command accepts.</summary>
    /// <param name="command">The command name, for messages.</param>
    /// <param name="words">The words after it.</param>
    /// <param name="accepted">Option name (with its dashes, aliases separated by '|') → allowed values, or null for a free value.</param>
    public static Arguments Parse(string command, IReadOnlyList<string> words, IReadOnlyDictionary<string, string[]?> accepted)
    {
        var positional = new List<string>();
        var result = new Arguments(command, positional);
        var endOfOptions = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (endOfOptions || !word.StartsWith("-", StringComparison.Ordinal) || word == "-")
            {
                positional.Add(word);
                continue;
            }

            if (word == "--")
            {
                endOfOptions = true;
                continue;
            }

            string name = word, value;
            var equals = word.IndexOf('=');
            if (equals > 0)
            {
                name = word.Substring(0, equals);
                value = word.Substring(equals + 1);
            }
            else
            {
                if (i + 1 >= words.Count)
                {
                    throw new UsageException($"{command}: 选项 {name} 缺少取值 (option {name} needs a value)");
                }

                value = words[++i];
            }

            var spec = accepted.FirstOrDefault(a => a.Key.Split('|').Contains(name));
            if (spec.Key is null)
            {
                var known = accepted.Count == 0 ? "无 (none)" : string.Join(", ", accepted.Keys.Select(k => k.Replace("|", "/")));
                throw new UsageException($"{command}: 未知选项 {name} (unknown option {name})", $"可用选项 (options): {known}");
            }

            if (spec.Value is not null && !spec.Value.Contains(value))
            {
                throw new UsageException($"{command}: {name} 的取值 “{value}” 无效 (invalid value '{value}' for {name})", $"可选 (choose): {string.Join(" | ", spec.Value)}");
            }

            var canonical = spec.Key.Split('|')[0];
            if (result.options.ContainsKey(canonical))
            {
                throw new UsageException($"{command}: 选项 {name} 重复 (option {name} given twice)");
            }

            result.options[canonical] = value;
        }

        return result;
    }

    public string? Option(string name) => options.TryGetValue(name, out var value) ? value : null;

    public MessageLanguage Language => Option("--lang") == "en" ? MessageLanguage.English : MessageLanguage.Chinese;

    public void RequirePositional(int min, int max, string what)
    {
        if (Positional.Count < min)
        {
            throw new UsageException($"{Command}: 缺少{what} (missing {what})", $"用法 (usage): {Usage.Of(Command)}");
        }

        if (Positional.Count > max)
        {
            throw new UsageException($"{Command}: 多余的参数 “{Positional[max]}” (unexpected argument '{Positional[max]}')", $"用法 (usage): {Usage.Of(Command)}");
        }
    }
}
