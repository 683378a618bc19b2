using System;
using System.IO;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>The seed (2022) and the previous-year report constructed from it (2021), read by the library's JSON reader.</summary>
internal static class DiffFixtures
{
    public static AnnualReport Seed { get; } = Load("schema/examples/harbin-science-technology-bureau-2022.json");

    /// <summary>Written by hand from the seed: year 2021, figures changed plausibly, 六 nearly copied (the seed repeats it).</summary>
    public static AnnualReport Previous { get; } = Load("Fixtures/Diff/harbin-2021-constructed-from-seed.json");

    private static AnnualReport Load(string relativePath)
    {
        var loaded = ReportJson.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));
        return loaded.Report ?? throw new InvalidDataException(relativePath + ": " + string.Join("; ", loaded.Findings));
    }
}
