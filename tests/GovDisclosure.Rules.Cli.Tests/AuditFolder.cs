using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// A generated jurisdiction written out as JSON files (named by position, so that the folder's order is the
/// jurisdiction's), its renames file, and the audit of it by the tool into an output folder; removed when disposed.
/// </summary>
public sealed class AuditFolder : IDisposable
{
    public AuditFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "govdisclosure-audit-" + Guid.NewGuid().ToString("N"));
        Input = Path.Combine(Root, "reports");
        Output = Path.Combine(Root, "out");
        Directory.CreateDirectory(Input);
        Jurisdiction = ReportGenerators.Jurisdiction(10, 3).Sample(1, new Rnd(2027UL), 10)[0];
        Files = Jurisdiction.Reports.Select((report, i) =>
        {
            var file = Path.Combine(Input, $"r{i:D4}.json");
            File.WriteAllText(file, ReportJson.Write(report));
            return file;
        }).ToArray();
        Renames = Path.Combine(Root, "renames.txt");
        File.WriteAllText(Renames, "# 旧名称 = 新名称\n" + string.Concat(Jurisdiction.Renames.Select(r => $"{r.Key} = {r.Value}\n")), Encoding.UTF8);
        Run = CliRun.InProcess("audit", Input, "-o", Output, "--renames", Renames);
    }

    public string Root { get; }

    public string Input { get; }

    public string Output { get; }

    public string Renames { get; }

    public Jurisdiction Jurisdiction { get; }

    public string[] Files { get; }

    public CliRun Run { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
