using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace GovDisclosure.Rules.Tests;

/// <summary>
/// Everything the repository ships (code, schemas, docs) names only files a user can open: files of the repository itself,
/// by a relative link or by the repository's address.
/// </summary>
public class DocumentLinksTests
{
    private const string Repository = "https://github.com/govdisclosure/GovDisclosure.Rules/blob/main/";

    // Documents that were never part of the repository; spelled in pieces so that this file does not name them itself.
    private static readonly Regex Outside = new(string.Join("|", new[] { "FORMAT", "DESIGN", "RULES" }.Select(n => n + @"\.md")) + @"|\.\./" + "shared");

    private static readonly string[] Shipped = ["src", "tests", "schema", "docs", "benchmarks", "examples"];

    [Fact]
    public void Nothing_shipped_names_a_document_outside_the_repository()
    {
        var named = ShippedFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Outside.IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepositoryFiles.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.True(named.Length == 0, "Named outside the repository:\n" + string.Join("\n", named));
    }

    [Fact]
    public void Every_link_of_the_documents_leads_to_a_file_of_the_repository()
    {
        var broken = new List<string>();
        foreach (var document in Documents())
        {
            var folder = Path.GetDirectoryName(document)!;
            foreach (Match link in Regex.Matches(File.ReadAllText(document), @"\]\(([^)\s#]+)(?:#[^)]*)?\)"))
            {
                var target = link.Groups[1].Value;
                var path = target.StartsWith(Repository, StringComparison.Ordinal)
                    ? RepositoryFiles.PathOf(target.Substring(Repository.Length).Split('/'))
                    : target.Contains("://", StringComparison.Ordinal) ? null : Path.GetFullPath(Path.Combine(folder, target));
                if (path is not null && !File.Exists(path) && !Directory.Exists(path))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryFiles.Root, document)}: {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void The_documents_are_found()
    {
        // Guards the two tests above: with no files found they could not fail.
        Assert.Contains(Documents(), d => d.EndsWith(Path.Combine("docs", "format.md"), StringComparison.Ordinal));
        Assert.Contains(ShippedFiles(), f => f.EndsWith("ReportSchema.cs", StringComparison.Ordinal));
        Assert.Contains(ShippedFiles(), f => f.EndsWith("gov-disclosure-report-2021.schema.json", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Documents() =>
        new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md" }.Select(f => RepositoryFiles.PathOf(f)).Where(File.Exists)
            .Concat(Shipped.SelectMany(Files).Where(f => f.EndsWith(".md", StringComparison.Ordinal)));

    private static IEnumerable<string> ShippedFiles() =>
        Documents().Concat(Shipped.SelectMany(Files).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)));

    private static IEnumerable<string> Files(string folder)
    {
        var root = RepositoryFiles.PathOf(folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "StrykerOutput" or "BenchmarkDotNet.Artifacts" or "node_modules" or ".work"));
    }
}
