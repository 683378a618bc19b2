using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>A temporary folder of generated reports of 2022 (one year, so that they can be aggregated), a few of them broken, removed when disposed.</summary>
public sealed class ReportFolder : IDisposable
{
    public ReportFolder(int count, IReadOnlyCollection<int> broken, int seed = 20221231)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "govdisclosure-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "nested"));
        var reports = ReportGenerators.ConsistentReport(2022, 2022).Sample(count, new Rnd((ulong)seed), 30).ToArray();
        var received = ReportForm.FindCell("/applications/received/total")!;
        for (var i = 0; i < count; i++)
        {
            var report = reports[i];
            if (broken.Contains(i))
            {
                // One more application received than the table accounts for: GD201 and GD203 fire.
                report = ReportForm.WithValue(report, received, received.GetValue(report) + 1);
            }

            var folder = i % 2 == 0 ? Path : System.IO.Path.Combine(Path, "nested");
            var file = System.IO.Path.Combine(folder, $"report-{i:D3}.json");
            File.WriteAllText(file, ReportJson.Write(report));
            Files.Add(file);
        }

        Files.Sort(StringComparer.Ordinal);
    }

    public string Path { get; }

    public List<string> Files { get; } = [];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
