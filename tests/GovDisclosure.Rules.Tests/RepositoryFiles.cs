using System;
using System.IO;

namespace GovDisclosure.Rules.Tests;

/// <summary>
/// Files of the repository that tests compare against or rewrite (README, schema, approved API). Found by walking up
/// from the test binaries to GovDisclosure.Rules.sln, not by [CallerFilePath]: a CI build maps source paths to /_/.
/// </summary>
internal static class RepositoryFiles
{
    internal static string Root { get; } = FindRoot();

    internal static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovDisclosure.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GovDisclosure.Rules.sln above {AppContext.BaseDirectory}.");
    }
}
