namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure schema [report|result|diff|audit]</c>: one of the JSON Schemas shipped in the library.</summary>
internal static class SchemaCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("schema", words);
        arguments.RequirePositional(0, 1, "");
        var which = arguments.Positional.Count == 0 ? "report" : arguments.Positional[0];
        var schema = which switch
        {
            "report" => ReportSchemas.Report,
            "result" => ReportSchemas.ValidationResult,
            "diff" => ReportSchemas.Diff,
            "audit" => ReportSchemas.Audit,
            _ => throw new UsageException($"schema: 未知的 Schema “{which}” (unknown schema '{which}')", "可选 (choose): report | result | diff | audit"),
        };
        context.Stdout.Write(schema);
        return Cli.NoError;
    }
}
