using System;
using System.IO;
using System.Text.Json;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>
/// The seed (2022) and the previous-year report constructed from it (2021), read through the form's pointers.
/// </summary>
internal static class DiffFixtures
{
    public static AnnualReport Seed { get; } = Load("schema/examples/harbin-science-technology-bureau-2022.json");

    /// <summary>Written by hand from the seed: year 2021, figures changed plausibly, 六 nearly copied (the seed repeats it).</summary>
    public static AnnualReport Previous { get; } = Load("Fixtures/Diff/harbin-2021-constructed-from-seed.json");

    private static AnnualReport Load(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));
        var root = document.RootElement;
        var counts = new long[ReportForm.Cells.Count];
        decimal amount = 0;
        foreach (var cell in ReportForm.Cells)
        {
            var value = Resolve(root, cell.Pointer)!.Value;
            if (cell.Kind == CellKind.Count)
            {
                counts[cell.Index] = value.GetInt64();
            }
            else
            {
                amount = value.GetDecimal();
            }
        }

        string? Text(FormText text) => Resolve(root, text.Pointer)?.GetString();
        var report = AnnualReport.Create(root.GetProperty("year").GetInt32(), Text(ReportForm.AgencyName)!) with
        {
            Agency = new Agency(Text(ReportForm.AgencyName)!)
            {
                Address = Text(ReportForm.FindText("/agency/address")!),
                Phone = Text(ReportForm.FindText("/agency/phone")!),
                Website = Text(ReportForm.FindText("/agency/website")!),
            },
            Preamble = Text(ReportForm.FindText("/preamble")!),
            Overview = new Overview
            {
                Summary = Text(ReportForm.OverviewSummary)!,
                ProactiveDisclosure = Text(ReportForm.OverviewTopics[0].SubSection),
                RequestedDisclosure = Text(ReportForm.OverviewTopics[1].SubSection),
                InformationManagement = Text(ReportForm.OverviewTopics[2].SubSection),
                PlatformBuilding = Text(ReportForm.OverviewTopics[3].SubSection),
                Oversight = Text(ReportForm.OverviewTopics[4].SubSection),
            },
            ProblemsAndImprovements = Text(ReportForm.ProblemsAndImprovements)!,
            OtherMatters = Text(ReportForm.OtherMatters)!,
        };
        return ReportForm.WithFigures(report, counts, amount);
    }

    private static JsonElement? Resolve(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var name in pointer.Substring(1).Split('/'))
        {
            if (!element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }
}
