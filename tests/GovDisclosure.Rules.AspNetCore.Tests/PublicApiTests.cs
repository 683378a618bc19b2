using System;
using System.IO;
using PublicApiGenerator;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>
/// The public API of the ASP.NET Core package changes only deliberately: to approve a change, run the tests with
/// UPDATE_PUBLIC_API=1 and commit the rewritten approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_aspnetcore_public_API_is_the_approved_one()
    {
        var actual = typeof(ReportResults).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .Replace("\r\n", "\n");
        var file = Path.Combine(RepositoryRoot.Path, "tests", "GovDisclosure.Rules.AspNetCore.Tests", "GovDisclosure.Rules.AspNetCore.net10.0.approved.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(file, actual);
        }

        var approved = File.Exists(file) ? File.ReadAllText(file).Replace("\r\n", "\n") : "";
        Assert.True(approved == actual, $"The public API of GovDisclosure.Rules.AspNetCore changed. Review the difference, then run the tests with UPDATE_PUBLIC_API=1 and commit {file}.");
    }
}
