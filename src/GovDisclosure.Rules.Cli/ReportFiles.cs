using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Documents;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// Turns the paths on the command line into reports: a <c>.json</c> file is read strictly, any other file is imported
/// as the published document its content shows it to be (a .docx, a web page, or text), and a folder stands for every
/// <c>.json</c>, <c>.txt</c>, <c>.html</c>, <c>.htm</c> and <c>.docx</c> file below it.
/// </summary>
internal static class ReportFiles
{
    /// <summary>Expands folders, in a stable order (ordinal by path); an unreadable path is a usage error (exit 2).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(IsReportFile)
                        .OrderBy(f => f, StringComparer.Ordinal));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"无法读取文件夹 {path} (cannot read folder {path}): {e.Message}", "检查路径和权限 (check the path and its permissions)");
                }
            }
            else
            {
                throw new UsageException($"找不到路径 {path} (no such file or folder: {path})", "检查路径是否正确 (check the path)");
            }
        }

        return files;
    }

    /// <summary>Reads one file: strict JSON for <c>.json</c>, otherwise a published document recognised by its content.</summary>
    public static LoadResult Load(string path, MessageLanguage language)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法读取 {path} (cannot read {path}): {e.Message}", "检查路径和权限 (check the path and its permissions)");
        }

        return IsJson(path)
            ? ReportJson.Read(bytes, new JsonReadOptions { Language = language })
            : PublishedDocument.Import(bytes, new DocumentImportOptions { Language = language, FileName = path });
    }

    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm", ".docx"];

    private static bool IsReportFile(string path) =>
        IsJson(path) || Array.Exists(DocumentExtensions, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
