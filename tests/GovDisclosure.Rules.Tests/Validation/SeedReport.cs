using System;
using System.IO;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// The seed report (Harbin Municipal Science and Technology Bureau, 2022), read from schema/examples. Until the JSON reader
/// lands, this reads the example with JsonDocument: every figure through the cells of <see cref="ReportForm"/>, the texts
/// member by member.
/// </summary>
internal static class SeedReport
{
    private static readonly Lazy<AnnualReport> Seed = new(Read);

    internal static AnnualReport Report => Seed.Value;

    internal static string JsonPath => Path.Combine(AppContext.BaseDirectory, "schema", "examples", "harbin-science-technology-bureau-2022.json");

    private static AnnualReport Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(JsonPath));
        var root = document.RootElement;
        string? Text(string pointer) => Find(root, pointer) is { } e ? e.GetString() : null;

        var report = new AnnualReport
        {
            Year = root.GetProperty("year").GetInt32(),
            Agency = new Agency(Text("/agency/name")!) { Address = Text("/agency/address"), Phone = Text("/agency/phone"), Website = Text("/agency/website") },
            Preamble = Text("/preamble"),
            Overview = new Overview
            {
                Summary = Text("/overview/summary")!,
                ProactiveDisclosure = Text("/overview/proactiveDisclosure"),
                RequestedDisclosure = Text("/overview/requestedDisclosure"),
                InformationManagement = Text("/overview/informationManagement"),
                PlatformBuilding = Text("/overview/platformBuilding"),
                Oversight = Text("/overview/oversight"),
            },
            ProblemsAndImprovements = Text("/problemsAndImprovements")!,
            OtherMatters = Text("/otherMatters")!,
        };

        foreach (var cell in ReportForm.Cells)
        {
            report = ReportForm.WithValue(report, cell, Find(root, cell.Pointer)!.Value.GetDecimal());
        }

        return report;
    }

    private static JsonElement? Find(JsonElement element, string pointer)
    {
        foreach (var name in pointer.Substring(1).Split('/'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
