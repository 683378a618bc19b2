using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The words after the command, as the one definition in <see cref="Usage"/> parsed them: positional paths and options.
/// A thin view over System.CommandLine's <see cref="ParseResult"/>, so that every mistake is caught before any work starts.
/// </summary>
internal sealed class Arguments
{
    // The words a command body receives are those Cli.Run parsed, response files already read: an @ in them is a path.
    private static readonly ParserConfiguration Expanded = new() { ResponseFileTokenReplacer = null };

    private readonly ParseResult result;

    private Arguments(ParseResult result)
    {
        this.result = result;
        Command = result.CommandResult.Command.Name;
        Positional = result.CommandResult.Command.Arguments.SelectMany(a => result.GetResult(a)?.Tokens.Select(t => t.Value) ?? []).ToList();
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses the words after the command name against the command's definition in <see cref="Usage"/>.</summary>
    /// <param name="command">The command name.</param>
    /// <param name="words">The words after it.</param>
    /// <param name="accepted">The options the command body expects; the definition in <see cref="Usage"/> decides, and a
    /// name it does not define is a defect of the tool.</param>
    public static Arguments Parse(string command, IReadOnlyList<string> words, IReadOnlyDictionary<string, string[]?> accepted)
    {
        var definition = Usage.Find(command) ?? throw new ArgumentException($"no command {command}", nameof(command));
        var unknown = accepted.Keys.SelectMany(k => k.Split('|')).FirstOrDefault(name => !Usage.OptionsOf(definition).Any(o => o.Name == name || o.Aliases.Contains(name)));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{command} reads {unknown}, which the command line does not define");
        }

        var result = Usage.Root.Parse([command, .. words], Expanded);
        Check(result, LanguageOf(result));
        return new Arguments(result);
    }

    /// <summary>The words of a parse, for a command body: all but the directives and the command's own name.</summary>
    public static string[] WordsOf(ParseResult result)
    {
        var command = result.CommandResult.IdentifierToken;
        var skipped = false;
        var words = new List<string>();
        foreach (var token in result.Tokens)
        {
            if (token.Type == TokenType.Directive || (!skipped && token.Type == TokenType.Command && token.Equals(command)))
            {
                skipped |= token.Type == TokenType.Command;
                continue;
            }

            words.Add(token.Value);
        }

        return [.. words];
    }

    /// <summary>The value of an option by any of its names, or null when it was not given.</summary>
    public string? Option(string name)
    {
        var option = Usage.OptionsOf(result.CommandResult.Command).FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
        return option is null ? null : result.GetResult(option)?.Tokens.FirstOrDefault()?.Value;
    }

    public MessageLanguage Language => LanguageOf(result);

    /// <summary><c>--lang</c> when given (and valid), otherwise the culture's: English for an English culture, Chinese otherwise.</summary>
    public static MessageLanguage LanguageOf(ParseResult result, MessageLanguage? byCulture = null) =>
        result.GetResult(Usage.Lang)?.Tokens.LastOrDefault(t => t.Value is "en" or "zh")?.Value switch
        {
            "en" => MessageLanguage.English,
            "zh" => MessageLanguage.Chinese,
            _ => byCulture ?? LanguageOf(CultureInfo.CurrentUICulture.Name),
        };

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

    public void RequirePositional(int min, int max, string what)
    {
        // The definition gives each argument its arity, so a parse that got here has the right count; kept as the
        // bodies' statement of what they need.
        if (Positional.Count < min)
        {
            throw new UsageException(Words.Say(Language, $"{Command}: 缺少{what}", $"{Command}: missing {what}"), Hint(Language, Usage.Of(Command)));
        }

        if (Positional.Count > max)
        {
            throw new UsageException(Words.Say(Language, $"{Command}: 多余的参数 “{Positional[max]}”", $"{Command}: unexpected argument '{Positional[max]}'"), Hint(Language, Usage.Of(Command)));
        }
    }

    /// <summary>Throws the first mistake of a parse as one line in the chosen language.</summary>
    public static void Check(ParseResult result, MessageLanguage language)
    {
        if (Explain(result, language) is { } mistake)
        {
            throw mistake;
        }
    }

    /// <summary>The first mistake of a parse, said in the chosen language, or null when there is none.</summary>
    public static UsageException? Explain(ParseResult result, MessageLanguage language)
    {
        var command = result.CommandResult.Command;
        var isRoot = command is RootCommand;
        var where = isRoot ? "" : $"{command.Name}: ";
        var usage = Hint(language, isRoot ? $"{Usage.Tool} --help" : Usage.Synopsis(command));
        if (result.UnmatchedTokens.Count > 0)
        {
            var word = result.UnmatchedTokens[0];
            if (isRoot && !word.StartsWith('-'))
            {
                return new UsageException(Words.Say(language, $"未知命令 “{word}”", $"unknown command '{word}'"),
                    Words.Say(language, $"可用命令：{CommandList}", $"commands: {CommandList}"));
            }

            if (word.StartsWith('-') && word != "-")
            {
                var known = string.Join(", ", Usage.OptionsOf(command).Select(Usage.Names));
                return new UsageException(Words.Say(language, $"{where}未知选项 {word}", $"{where}unknown option {word}"),
                    Words.Say(language, $"可用选项：{known}", $"options: {known}"));
            }

            return new UsageException(Words.Say(language, $"{where}多余的参数 “{word}”", $"{where}unexpected argument '{word}'"), usage);
        }

        // An unknown option where a path may stand is taken by the parser as a path; before `--` it is a mistake.
        var tokens = result.Tokens.ToList();
        var endOfOptions = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        var dashed = command.Arguments.SelectMany(a => result.GetResult(a)?.Tokens ?? [])
            .FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-' && (endOfOptions < 0 || tokens.FindIndex(u => ReferenceEquals(u, t)) < endOfOptions));
        if (dashed is not null)
        {
            var known = string.Join(", ", Usage.OptionsOf(command).Select(Usage.Names));
            return new UsageException(Words.Say(language, $"{where}未知选项 {dashed.Value}", $"{where}unknown option {dashed.Value}"),
                Words.Say(language, $"可用选项：{known}；以 - 开头的路径写在 -- 之后", $"options: {known}; a path starting with - goes after --"));
        }

        // The parser takes the next word as an option's value even when it is another option, and then does not check
        // the value against the allowed ones: `--format --lang en`.
        foreach (var option in Usage.OptionsOf(command))
        {
            if (result.GetResult(option) is { Tokens: [var value] } given)
            {
                var name = given.IdentifierToken?.Value ?? option.Name;
                if (Usage.OptionsOf(command).Any(o => o.Name == value.Value || o.Aliases.Contains(value.Value)))
                {
                    return new UsageException(Words.Say(language, $"{where}选项 {name} 缺少取值", $"{where}option {name} needs a value"), usage);
                }

                if (Usage.ChoicesOf(option) is { } choices && !choices.Contains(value.Value))
                {
                    return Invalid(language, where, name, value.Value, choices);
                }
            }
        }

        // A response file that cannot be read is owned by no symbol, and comes before the missing command it causes.
        var error = result.Errors.FirstOrDefault(e => e.SymbolResult is null) ?? result.Errors.FirstOrDefault();
        if (error is null)
        {
            return null;
        }

        switch (error.SymbolResult)
        {
            case OptionResult option:
                var name = option.IdentifierToken?.Value ?? option.Option.Name;
                if (option.Tokens.Count == 0)
                {
                    return new UsageException(Words.Say(language, $"{where}选项 {name} 缺少取值", $"{where}option {name} needs a value"), usage);
                }

                if (option.Tokens.Count > 1 || option.IdentifierTokenCount > 1)
                {
                    return new UsageException(Words.Say(language, $"{where}选项 {name} 重复", $"{where}option {name} given twice"), usage);
                }

                return Invalid(language, where, name, option.Tokens[0].Value, Usage.ChoicesOf(option.Option));
            case ArgumentResult argument:
                var word = $"<{argument.Argument.Name}>";
                var count = argument.Tokens.Count;
                if (count >= argument.Argument.Arity.MinimumNumberOfValues && count <= argument.Argument.Arity.MaximumNumberOfValues && count > 0)
                {
                    return Invalid(language, where, word, argument.Tokens[^1].Value, Usage.ChoicesOf(argument.Argument));
                }

                return Missing(language, where, command, usage);
            case CommandResult when isRoot:
                return new UsageException(Words.Say(language, "缺少命令", "missing command"), Words.Say(language, $"可用命令：{CommandList}", $"commands: {CommandList}"));
            case CommandResult:
                return Missing(language, where, command, usage);
            default:
                // What no symbol owns: a response file that cannot be read. The parser's message names it between quotes.
                var quoted = error.Message.IndexOf('\'');
                var file = quoted >= 0 && error.Message.LastIndexOf('\'') > quoted ? error.Message.Substring(quoted + 1, error.Message.LastIndexOf('\'') - quoted - 1) : error.Message;
                return new UsageException(Words.Say(language, $"无法读取响应文件 {file}", $"cannot read the response file {file}"), Words.Say(language, "@ 后应为可读的文件，每行一个或多个参数", "@ should name a readable file, one or more arguments a line"));
        }
    }

    private static string CommandList => string.Join(", ", Usage.Commands.Select(c => c.Name));

    private static string Hint(MessageLanguage language, string usage) => Words.Say(language, $"用法：{usage}", $"usage: {usage}");

    private static UsageException Missing(MessageLanguage language, string where, Command command, string usage)
    {
        var needed = string.Join(" ", command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0).Select(Usage.ArgumentWord));
        return new UsageException(Words.Say(language, $"{where}缺少参数 {needed}", $"{where}missing {needed}"), usage);
    }

    private static UsageException Invalid(MessageLanguage language, string where, string name, string value, IReadOnlyList<string>? choices)
    {
        var choose = choices is null ? "" : string.Join(" | ", choices);
        return new UsageException(Words.Say(language, $"{where}{name} 的取值 “{value}” 无效", $"{where}invalid value '{value}' for {name}"),
            Words.Say(language, $"可选：{choose}", $"choose: {choose}"));
    }
}
