using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace GovDisclosure.Rules.Tests;

/// <summary>
/// The folders of src/GovDisclosure.Rules depend one way only:
/// {Model, Messages} ← Form ← {Json, Text} ← Diff ← Validation ← Aggregation ← Audit ← the catalogue (RuleCatalog.cs).
/// Messages (the message catalogues) shares the root namespace and the bottom layer with Model.
/// The validator builds on the diff: the year-over-year checks and their options belong to Diff, and Validation runs them
/// as rules. A file may name its own folder and the folders its layer allows, nothing else.
/// </summary>
public class DependencyDirectionTests
{
    private const string Root = "GovDisclosure.Rules";

    /// <summary>What each folder may use besides itself. A new folder must be placed here before it can be built on.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Model"] = ["Messages"],
        ["Messages"] = ["Model"],
        ["Form"] = ["Model", "Messages"],
        ["Json"] = ["Model", "Messages", "Form"],
        ["Text"] = ["Model", "Messages", "Form", "Json"],
        ["Diff"] = ["Model", "Messages", "Form", "Json"],
        ["Validation"] = ["Model", "Messages", "Form", "Json", "Diff"],
        ["Aggregation"] = ["Model", "Messages", "Form", "Json", "Text", "Diff", "Validation"],
        [Catalog] = ["Model", "Messages", "Form", "Json", "Text", "Diff", "Validation", "Aggregation"],
        ["Audit"] = ["Model", "Messages", "Form", "Json", "Text", "Diff", "Validation", "Aggregation", Catalog],
    };

    /// <summary>The files at the root of the project (RuleCatalog.cs): the top, which lists every feature's rules.</summary>
    private const string Catalog = "(catalogue)";

    [Fact]
    public void Every_folder_of_the_library_uses_only_the_folders_below_it()
    {
        var violations = Violations(LibrarySources());
        Assert.True(violations.Count == 0, "Back references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_library_has_sources_in_every_layer_the_test_relies_on()
    {
        // Guards the test itself: were the sources not found, no violation could be seen.
        var folders = LibrarySources().Select(s => FolderOf(s.Path)).Distinct().ToArray();
        Assert.All(new[] { "Model", "Messages", "Form", "Json", "Text", "Diff", "Validation", "Aggregation", Catalog }, f => Assert.Contains(f, folders));
    }

    [Theory]
    [InlineData("Model/Bad.cs", "using GovDisclosure.Rules.Form;\nnamespace GovDisclosure.Rules;\ninternal static class Bad { }", "Model/Bad.cs uses Form")]
    [InlineData("Diff/Bad.cs", "using System;\nusing GovDisclosure.Rules.Validation;\nnamespace GovDisclosure.Rules.Diff;\ninternal static class Bad { }", "Diff/Bad.cs uses Validation")]
    [InlineData("Model/Bad.cs", "namespace GovDisclosure.Rules;\ninternal static class Bad { static object X => GovDisclosure.Rules.Json.ReportJson.Read(\"{}\"); }", "Model/Bad.cs uses Json")]
    [InlineData("Json/Bad.cs", "namespace GovDisclosure.Rules.Json;\ninternal static class Bad { static object X => Diff.ReportComparer.Compare(null!, null!); }", "Json/Bad.cs uses Diff")]
    [InlineData("Text/Bad.cs", "namespace GovDisclosure.Rules.Text;\ninternal static class Bad { static int X => RuleCatalog.All.Count; }", "Text/Bad.cs uses " + Catalog)]
    [InlineData("Validation/Prose/Bad.cs", "using A = GovDisclosure.Rules.Aggregation.ReportAggregator;\nnamespace GovDisclosure.Rules.Validation.Prose;\ninternal static class Bad { }", "Validation/Prose/Bad.cs uses Aggregation")]
    [InlineData("Reports/Bad.cs", "namespace GovDisclosure.Rules.Reports;\ninternal static class Bad { }", "Reports/Bad.cs is in a folder without a place in the layers")]
    public void A_back_reference_added_to_the_library_is_reported(string path, string source, string expected)
    {
        var violations = Violations(LibrarySources().Append((path, source)));
        Assert.Equal([expected], violations);
    }

    [Theory]
    [InlineData("Diff/Fine.cs", "// Compare with GovDisclosure.Rules.Validation.ReportValidator, which runs these checks as rules.\nnamespace GovDisclosure.Rules.Diff;\ninternal static class Fine { const string S = \"using GovDisclosure.Rules.Validation;\"; }")]
    [InlineData("Model/Fine.cs", "namespace GovDisclosure.Rules;\ninternal sealed class Fine { public string Json => Text.Length.ToString(); public string Text { get; } = \"\"; }")]
    [InlineData("Validation/Fine.cs", "using GovDisclosure.Rules.Diff;\nusing GovDisclosure.Rules.Form;\nnamespace GovDisclosure.Rules.Validation;\ninternal static class Fine { }")]
    public void Comments_strings_members_and_references_down_the_layers_are_not_back_references(string path, string source)
    {
        Assert.Empty(Violations(LibrarySources().Append((path, source))));
    }

    /// <summary>Each file that names a folder its layer may not use, as "path uses Folder".</summary>
    internal static List<string> Violations(IEnumerable<(string Path, string Source)> sources)
    {
        var files = sources.ToArray();

        // The types of each folder, for partly qualified names such as Diff.ReportComparer.
        var typesOf = files
            .GroupBy(f => FolderOf(f.Path))
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.SelectMany(f => TopLevelTypes(Code(f.Source)))), StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (path, source) in files)
        {
            var folder = FolderOf(path);
            if (!Allowed.TryGetValue(folder, out var allowed))
            {
                violations.Add($"{path} is in a folder without a place in the layers");
                continue;
            }

            var code = Code(source);
            foreach (var used in Allowed.Keys.Where(f => f != folder && !allowed.Contains(f) && Uses(code, f, typesOf)))
            {
                violations.Add($"{path} uses {used}");
            }
        }

        return violations;
    }

    private static bool Uses(string code, string folder, Dictionary<string, HashSet<string>> typesOf)
    {
        if (folder == Catalog)
        {
            // The catalogue shares the root namespace with the model, which every file sees: its types are named bare.
            return typesOf.TryGetValue(Catalog, out var catalogTypes) && catalogTypes.Any(t => Regex.IsMatch(code, $@"(?<![\w.]){t}\b"));
        }

        // A using directive or alias, a fully qualified name, or a name qualified from the root namespace (Diff.X).
        if (Regex.IsMatch(code, $@"\b{Regex.Escape(Root)}\.{folder}\b"))
        {
            return true;
        }

        return typesOf.TryGetValue(folder, out var types) && types.Any(t => Regex.IsMatch(code, $@"(?<![\w.]){folder}\.{t}\b"));
    }

    private static IEnumerable<string> TopLevelTypes(string code) =>
        Regex.Matches(code, @"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|ref)\s+)*(?:class|record|struct|interface|enum)\s+(?:class\s+|struct\s+)?([A-Z]\w*)", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

    /// <summary>The code without comments and string or character literals, so that words in them are not references.</summary>
    private static string Code(string source) =>
        Regex.Replace(source, @"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|\$?""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])+'", m => m.Value.StartsWith("/", StringComparison.Ordinal) ? " " : "\"\"", RegexOptions.Singleline);

    /// <summary>The folder a file of the library is in: the first part of its path, or the catalogue for the root.</summary>
    private static string FolderOf(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? Catalog : path.Substring(0, slash);
    }

    private static IEnumerable<(string Path, string Source)> LibrarySources()
    {
        var root = RepositoryFiles.PathOf("src", Root);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("obj/", StringComparison.Ordinal) && !p.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(Path.Combine(root, p))));
    }
}
