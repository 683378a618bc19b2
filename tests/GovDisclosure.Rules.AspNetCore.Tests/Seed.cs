using System;
using System.IO;
using System.Text.Json.Nodes;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The real seed: the published 2022 text, and the 2021 report constructed from it as JSON.</summary>
internal static class Seed
{
    public static byte[] Text2022 => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "harbin-science-technology-bureau-2022.txt"));

    public static byte[] Json2021 => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Diff", "harbin-2021-constructed-from-seed.json"));

    /// <summary>The 2021 JSON with one figure changed, so that the sums it belongs to no longer hold.</summary>
    public static byte[] Json2021WithFigure(string pointer, long value)
    {
        var root = JsonNode.Parse(Json2021)!;
        var segments = pointer.TrimStart('/').Split('/');
        var node = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            node = node[segments[i]]!;
        }

        node[segments[^1]] = value;
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
