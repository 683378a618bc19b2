using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>
/// A large report built from the seed: every count multiplied by one factor (the sum relations are linear, so a
/// consistent report stays consistent), a fee amount with decimals, and every prose member repeated.
/// </summary>
public static class LargeReport
{
    private const long Factor = 1_000_003;
    private const int ProseRepeats = 12;
    private static readonly string[] Tables = ["proactiveDisclosure", "applications", "reviewsAndLitigation"];
    private static readonly string[] Prose = ["preamble", "problemsAndImprovements", "otherMatters"];

    /// <summary>The large report's UTF-8 JSON, from the seed's.</summary>
    public static byte[] Build(byte[] seedJson)
    {
        var root = JsonNode.Parse(seedJson)!.AsObject();
        foreach (var table in Tables)
        {
            Scale(root[table]!);
        }

        root["proactiveDisclosure"]!["fees"]!["amountTenThousandYuan"] = 12345.67m;
        foreach (var name in Prose)
        {
            root[name] = Repeat(root[name]!.GetValue<string>());
        }

        var overview = root["overview"]!.AsObject();
        foreach (var name in overview.Select(p => p.Key).ToArray())
        {
            overview[name] = Repeat(overview[name]!.GetValue<string>());
        }

        return JsonSerializer.SerializeToUtf8Bytes(root, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Scale(JsonNode node)
    {
        foreach (var (name, value) in node.AsObject().ToArray())
        {
            if (value is JsonObject)
            {
                Scale(value);
            }
            else if (value is JsonValue number && number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<long>(out var count))
            {
                node[name] = count * Factor;
            }
        }
    }

    private static string Repeat(string prose) => string.Join("\n", Enumerable.Repeat(prose, ProseRepeats));
}
