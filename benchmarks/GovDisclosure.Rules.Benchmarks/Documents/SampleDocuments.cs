using System;
using System.IO;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>The inputs every benchmark shares: the seed as the build copies it beside the program, and the large generated report.</summary>
public static class SampleDocuments
{
    /// <summary>The seed report (the Harbin Science and Technology Bureau's 2022 report) in its JSON form.</summary>
    public const string Seed = "seed";

    /// <summary>The large generated report: the busiest of a sample of generated reports, its prose lengthened.</summary>
    public const string Large = "large";

    private static readonly Lazy<byte[]> SeedJson = new(() => File.ReadAllBytes(InOutput("schema", "examples", "harbin-science-technology-bureau-2022.json")));
    private static readonly Lazy<byte[]> LargeJson = new(() => ReportJson.WriteUtf8(LargeReport.Build()));
    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(InOutput("examples", "harbin-science-technology-bureau-2022.txt")));

    /// <summary>The UTF-8 JSON of <see cref="Seed"/> or <see cref="Large"/>.</summary>
    public static byte[] Json(string document) => document switch
    {
        Seed => SeedJson.Value,
        Large => LargeJson.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, "seed or large"),
    };

    /// <summary>The report <see cref="Json"/> holds, loaded by the library's strict reader.</summary>
    public static AnnualReport Report(string document)
    {
        var loaded = ReportJson.Read(Json(document));
        return loaded.Report ?? throw new InvalidOperationException($"The {document} report does not load: {string.Join("; ", loaded.Findings)}");
    }

    /// <summary>The seed report as text extracted from its published page.</summary>
    public static string SeedReportText => SeedText.Value;

    private static string InOutput(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);
}
