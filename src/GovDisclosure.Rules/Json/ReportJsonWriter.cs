using System.Text.Json;

namespace GovDisclosure.Rules.Json;

/// <summary>Writes the canonical form: the members of <see cref="JsonShape"/> in its order, optional members only when set.</summary>
internal static class ReportJsonWriter
{
    /// <summary>The writer settings of the canonical form.</summary>
    internal static JsonWriterOptions WriterOptions(JsonWriteOptions options) => new()
    {
        Encoder = JsonText.Encoder,
        Indented = options.Indented,
        NewLine = "\n",
    };

    /// <summary>Writes a report as one JSON object.</summary>
    internal static void Write(Utf8JsonWriter writer, AnnualReport report, JsonWriteOptions options)
    {
        writer.WriteStartObject();
        WriteMembers(writer, JsonShape.Root, report, options);
        writer.WriteEndObject();
    }

    private static void WriteMembers(Utf8JsonWriter writer, JsonMember node, AnnualReport report, JsonWriteOptions options)
    {
        foreach (var member in node.Members)
        {
            var name = member.EncodedName;
            switch (member.Kind)
            {
                case JsonMemberKind.Object:
                    writer.WriteStartObject(name);
                    WriteMembers(writer, member, report, options);
                    writer.WriteEndObject();
                    break;
                case JsonMemberKind.Count:
                    writer.WriteNumber(name, member.Cell!.Count(report));
                    break;
                case JsonMemberKind.Amount:
                    writer.WriteNumber(name, Canonical(member.Cell!.Value(report)));
                    break;
                case JsonMemberKind.Text:
                    var text = member.Text!.Text(report);
                    if (text is not null || member.Required)
                    {
                        writer.WriteString(name, text ?? "");
                    }

                    break;
                case JsonMemberKind.Year:
                    writer.WriteNumber(name, report.Year);
                    break;
                case JsonMemberKind.FormatVersion:
                    writer.WriteString(name, AnnualReport.FormatVersion);
                    break;
                case JsonMemberKind.SchemaReference:
                    if (options.SchemaReference is { } schema)
                    {
                        writer.WriteString(name, schema);
                    }

                    break;
                case JsonMemberKind.Extensions:
                    if (report.Extensions is { } extensions)
                    {
                        writer.WritePropertyName(name);
                        extensions.WriteTo(writer);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// One spelling per value: no trailing fractional zeros (1.50 as 1.5, 0.00 as 0). A decimal never prints an exponent,
    /// so every digit is kept.
    /// </summary>
    internal static decimal Canonical(decimal value) => value == 0 ? 0m : value / 1.0000000000000000000000000000m;
}
