using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure rules [--format text|json] [--lang zh|en]</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("rules", words);
        if (arguments.Option("--format") == "json")
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartArray();
                foreach (var rule in RuleCatalog.All)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteString("severity", rule.DefaultSeverity.ToString().ToLowerInvariant());
                    json.WriteString("title", rule.Title);
                    json.WriteString("englishTitle", rule.EnglishTitle);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            context.Stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            return Cli.NoError;
        }

        var language = arguments.Language;
        foreach (var rule in RuleCatalog.All)
        {
            context.Stdout.WriteLine($"{rule.Id}\t{Severity(rule.DefaultSeverity, language)}\t{rule.TitleIn(language)}");
        }

        return Cli.NoError;
    }

    private static string Severity(Rules.Severity severity, MessageLanguage language) => (severity, language) switch
    {
        (Rules.Severity.Error, MessageLanguage.Chinese) => "错误",
        (Rules.Severity.Warning, MessageLanguage.Chinese) => "警告",
        (Rules.Severity.Info, MessageLanguage.Chinese) => "提示",
        _ => severity.ToString().ToLowerInvariant(),
    };
}
