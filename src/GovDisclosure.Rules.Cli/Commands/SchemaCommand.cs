namespace GovDisclosure.Rules.Cli.Commands;

/// <summary><c>govdisclosure schema [report|result|diff|audit]</c>: one of the JSON Schemas shipped in the library.</summary>
internal static class SchemaCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("schema", words);
        var which = arguments.Positional.Count == 0 ? "report" : arguments.Positional[0];
        var schema = which switch
        {
            "report" => ReportSchemas.Report,
            "result" => ReportSchemas.ValidationResult,
            "diff" => ReportSchemas.Diff,
            "audit" => ReportSchemas.Audit,
            // The parse refused any value the definition does not list: one it lists and no branch serves is a defect.
            var other => throw new System.InvalidOperationException($"the command line lists the schema {other}, which no branch prints"),
        };
        context.Stdout.Write(schema);
        return Cli.NoError;
    }
}
