using System;
using System.IO;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>The folder of GovDisclosure.Rules.sln, found above the test output.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "GovDisclosure.Rules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (GovDisclosure.Rules.sln) was not found above the test output.");
    }
}
