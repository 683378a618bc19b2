using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The words after the command, parsed against the command's definition in <see cref="Usage"/>: positional paths and
/// options. Every mistake is caught before any work starts, and said in one line in the chosen language.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private Arguments(Command command, List<string> positional)
    {
        Definition = command;
        Positional = positional;
    }

    public Command Definition { get; }

    public string Command => Definition.Name;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses the words after the command name against the command's definition in <see cref="Usage"/>.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="words">The words after it.</param>
    /// <param name="byCulture">The language when no --lang is given; null for the current UI culture's.</param>
    public static Arguments Parse(string command, IReadOnlyList<string> words, MessageLanguage? byCulture = null)
    {
        var definition = Usage.Find(command) ?? throw new ArgumentException($"no command {command}", nameof(command));
        var language = LanguageOf(words, byCulture);
        var where = $"{command}: ";
        // Written only for a mistake: the synopsis is work a correct command line need not do at start-up.
        string usage() => Hint(language, Usage.Synopsis(definition));
        var positional = new List<string>();
        var result = new Arguments(definition, positional);
        var endOfOptions = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (endOfOptions || !word.StartsWith('-') || word == "-")
            {
                positional.Add(word);
                continue;
            }

            if (word == "--")
            {
                endOfOptions = true;
                continue;
            }

            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? word[..equals] : word;
            var option = Usage.OptionsOf(definition).FirstOrDefault(o => o.Named(name));
            if (option is null)
            {
                var known = string.Join(", ", Usage.OptionsOf(definition).Select(Usage.Names));
                throw new UsageException(Words.Say(language, $"{where}未知选项 {name}", $"{where}unknown option {name}"),
                    Words.Say(language, $"可用选项：{known}；以 - 开头的路径写在 -- 之后", $"options: {known}; a path starting with - goes after --"));
            }

            if (option.IsHelp)
            {
                // Cli.Run answers --help before a body parses; a body that meets it has nothing to do with it.
                continue;
            }

            string value;
            if (equals > 0)
            {
                value = word[(equals + 1)..];
            }
            else if (i + 1 >= words.Count || Usage.OptionsOf(definition).Any(o => o.Named(words[i + 1])))
            {
                throw new UsageException(Words.Say(language, $"{where}选项 {name} 缺少取值", $"{where}option {name} needs a value"), usage());
            }
            else
            {
                value = words[++i];
            }

            if (option.Choices is { } choices && !choices.Contains(value))
            {
                throw Invalid(language, where, name, value, choices);
            }

            // --lang may be given twice (the culture's choice, then the user's): the last wins. Any other option once.
            if (result.options.ContainsKey(option.Name) && option != Usage.Lang)
            {
                throw new UsageException(Words.Say(language, $"{where}选项 {name} 重复", $"{where}option {name} given twice"), usage());
            }

            result.options[option.Name] = value;
        }

        // The one check of the positional arguments, against the definition: a body reads them knowing their count.
        var slots = definition.Arguments;
        var min = slots.Sum(a => a.Min);
        var max = slots.Aggregate(0L, (sum, a) => sum + a.Max);
        if (positional.Count < min)
        {
            var needed = string.Join(" ", slots.Where(a => a.Min > 0).Select(Usage.ArgumentWord));
            throw new UsageException(Words.Say(language, $"{where}缺少参数 {needed}", $"{where}missing {needed}"), usage());
        }

        if (positional.Count > max)
        {
            throw new UsageException(Words.Say(language, $"{where}多余的参数 “{positional[(int)max]}”", $"{where}unexpected argument '{positional[(int)max]}'"), usage());
        }

        foreach (var slot in slots.Where(a => a.Choices is not null))
        {
            // Only a command of one argument names its values (schema): the argument is the first word.
            if (positional.Count > 0 && !slot.Choices!.Contains(positional[0]))
            {
                throw Invalid(language, where, $"<{slot.Name}>", positional[0], slot.Choices!);
            }
        }

        return result;
    }

    /// <summary>The value of an option by any of its names, or null when it was not given.</summary>
    public string? Option(string name)
    {
        // A body asking for an option its command does not define is a defect of the tool, not a user's mistake.
        var option = Usage.OptionsOf(Definition).FirstOrDefault(o => o.Named(name))
            ?? throw new InvalidOperationException($"{Command} reads {name}, which the command line does not define");
        return options.TryGetValue(option.Name, out var value) ? value : null;
    }

    public MessageLanguage Language => Option(Usage.Lang.Name) switch
    {
        "en" => MessageLanguage.English,
        "zh" => MessageLanguage.Chinese,
        _ => LanguageOf(CultureInfo.CurrentUICulture.Name),
    };

    /// <summary>The last valid <c>--lang</c> among the words, else the culture's.</summary>
    public static MessageLanguage LanguageOf(IReadOnlyList<string> words, MessageLanguage? byCulture)
    {
        string? chosen = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "--")
            {
                break;
            }

            var value = words[i] == Usage.Lang.Name && i + 1 < words.Count ? words[i + 1]
                : words[i].StartsWith(Usage.Lang.Name + "=", StringComparison.Ordinal) ? words[i][(Usage.Lang.Name.Length + 1)..] : null;
            if (value is "en" or "zh")
            {
                chosen = value;
            }
        }

        return chosen switch
        {
            "en" => MessageLanguage.English,
            "zh" => MessageLanguage.Chinese,
            _ => byCulture ?? LanguageOf(CultureInfo.CurrentUICulture.Name),
        };
    }

    /// <summary>English for an English culture or locale name (en, en-GB, en_US.UTF-8), Chinese for any other.</summary>
    public static MessageLanguage LanguageOf(string? culture) =>
        culture is not null && (culture == "en" || culture.StartsWith("en-", StringComparison.OrdinalIgnoreCase) || culture.StartsWith("en_", StringComparison.OrdinalIgnoreCase))
            ? MessageLanguage.English
            : MessageLanguage.Chinese;

    /// <summary>
    /// The language the environment asks for (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them): the tool runs with invariant
    /// globalization, so its CultureInfo does not say it.
    /// </summary>
    public static MessageLanguage LanguageOfEnvironment() =>
        LanguageOf(new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v)));

    public static string Hint(MessageLanguage language, string usage) => Words.Say(language, $"用法：{usage}", $"usage: {usage}");

    private static UsageException Invalid(MessageLanguage language, string where, string name, string value, IReadOnlyList<string> choices)
    {
        var choose = string.Join(" | ", choices);
        return new UsageException(Words.Say(language, $"{where}{name} 的取值 “{value}” 无效", $"{where}invalid value '{value}' for {name}"),
            Words.Say(language, $"可选：{choose}", $"choose: {choose}"));
    }
}
