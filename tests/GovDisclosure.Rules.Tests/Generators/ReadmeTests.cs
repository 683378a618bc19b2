using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

public class ReadmeTests
{
    [Fact]
    public void The_packages_README_shows_the_example_that_compiles_here()
    {
        var example = File.ReadAllText(Path.Combine(Here(), "ReadmeExample.cs")).Replace("\r\n", "\n");
        var start = example.IndexOf("// readme:begin\n") + "// readme:begin\n".Length;
        var code = example.Substring(start, example.IndexOf("// readme:end") - start);
        var readme = File.ReadAllText(Path.Combine(Here(), "..", "..", "..", "src", "GovDisclosure.Rules.Testing", "README.md")).Replace("\r\n", "\n");
        Assert.Contains("```csharp\n" + code + "```", readme);
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
