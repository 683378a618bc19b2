using System;
using System.IO;
using PublicApiGenerator;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.PublicApi;

/// <summary>
/// The Documents package's public API is a contract with every host: it changes only deliberately. To approve a
/// change, run the tests with UPDATE_PUBLIC_API=1 and commit the rewritten *.approved.txt file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_documents_public_API_is_the_approved_one()
    {
        var actual = typeof(PublishedDocument).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .Replace("\r\n", "\n");
        var file = Path.Combine(Reports.Root, "tests", "GovDisclosure.Rules.Documents.Tests", "PublicApi", "GovDisclosure.Rules.Documents.net10.0.approved.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(file, actual);
        }

        var approved = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : "";
        Assert.True(approved == actual, $"The public API of GovDisclosure.Rules.Documents changed. Review the difference, then run the tests with UPDATE_PUBLIC_API=1 and commit {file}.");
    }
}
