using System;
using System.IO;

namespace GovDisclosure.Rules.Benchmarks.Documents;

/// <summary>The inputs every benchmark shares, read from the files the build copies beside the program.</summary>
public static class SampleDocuments
{
    /// <summary>The seed report (the Harbin Science and Technology Bureau's 2022 report) in its JSON form.</summary>
    public const string Seed = "seed";

    /// <summary>The large generated report: large figures, long prose.</summary>
    public const string Large = "large";

    private static readonly Lazy<byte[]> SeedJson = new(() => File.ReadAllBytes(InOutput("schema", "examples", "harbin-science-technology-bureau-2022.json")));
    private static readonly Lazy<byte[]> LargeJson = new(() => LargeReport.Build(SeedJson.Value));
    private static readonly Lazy<string> SeedText = new(() => File.ReadAllText(InOutput("examples", "harbin-science-technology-bureau-2022.txt")));

    /// <summary>The UTF-8 JSON of <see cref="Seed"/> or <see cref="Large"/>.</summary>
    public static byte[] Json(string document) => document switch
    {
        Seed => SeedJson.Value,
        Large => LargeJson.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, "seed or large"),
    };

    /// <summary>The seed report as text extracted from its published page.</summary>
    public static string SeedReportText => SeedText.Value;

    /// <summary>The report schema the JSON engineer generates from the form definition.</summary>
    public static string ReportSchemaPath => InOutput("schema", "gov-disclosure-report-2021.schema.json");

    private static string InOutput(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);
}
