using System;
using System.IO;
using PublicApiGenerator;
using Xunit;

namespace GovDisclosure.Rules.Tests.PublicApi;

/// <summary>
/// The public API is a contract with every host: it changes only deliberately. To approve a change, run the tests with
/// UPDATE_PUBLIC_API=1 and commit the rewritten *.approved.txt files.
/// </summary>
public class PublicApiTests
{
#if NETSTANDARD_BUILD
    private const string Build = "netstandard2.0";
#else
    private const string Build = "net10.0";
#endif

    [Fact]
    public void The_core_public_API_is_the_approved_one() =>
        Approve(typeof(AnnualReport), "GovDisclosure.Rules");

    [Fact]
    public void The_testing_public_API_is_the_approved_one() =>
        Approve(typeof(GovDisclosure.Rules.Testing.ReportGenerators), "GovDisclosure.Rules.Testing");

    internal static void Approve(Type anyPublicType, string name)
    {
        var actual = anyPublicType.Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .Replace("\r\n", "\n");
        var file = RepositoryFiles.PathOf("tests", "GovDisclosure.Rules.Tests", "PublicApi", $"{name}.{Build}.approved.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(file, actual);
        }

        var approved = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : "";
        Assert.True(approved == actual, $"The public API of {name} ({Build}) changed. Review the difference, then run the tests with UPDATE_PUBLIC_API=1 and commit {file}.");
    }
}
