using System.IO;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

public class ReadmeTests
{
    [Fact]
    public void The_packages_README_shows_the_example_that_compiles_here()
    {
        var example = File.ReadAllText(RepositoryFiles.PathOf("tests", "GovDisclosure.Rules.Tests", "Generators", "ReadmeExample.cs")).Replace("\r\n", "\n");
        var start = example.IndexOf("// readme:begin\n") + "// readme:begin\n".Length;
        var code = example.Substring(start, example.IndexOf("// readme:end") - start);
        var readme = File.ReadAllText(RepositoryFiles.PathOf("src", "GovDisclosure.Rules.Testing", "README.md")).Replace("\r\n", "\n");
        Assert.Contains("```csharp\n" + code + "```", readme);
    }
}
