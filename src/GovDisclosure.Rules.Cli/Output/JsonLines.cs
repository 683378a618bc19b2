using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovDisclosure.Rules.Validation;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>One JSON object per input file per line: <c>{"file": "…", …the validation result…}</c>.</summary>
internal static class JsonLines
{
    public static string Line(FileOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", outcome.Path);
            new ValidationResult(outcome.Findings).WritePropertiesTo(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
