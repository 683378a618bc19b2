using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using GovDisclosure.Rules.Documents;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// Turns the paths on the command line into reports: a <c>.json</c> file is read strictly, any other file is imported
/// as the published document its content shows it to be (a .docx, a PDF, a web page, or text), and a folder stands for every
/// <c>.json</c>, <c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.docx</c> and <c>.pdf</c> file below it.
/// </summary>
/// <remarks>
/// A folder is walked by hand rather than with <see cref="SearchOption.AllDirectories"/>, which follows a link back to a
/// folder above it for ever: every folder and file is known by its real path (links resolved), each is visited once, and
/// a link that leads nowhere new is passed over. No file is read past its limit plus one byte, and only regular files
/// are opened at all.
/// </remarks>
internal static class ReportFiles
{
    // Links within links beyond this are a loop.
    private const int MaxLinkDepth = 40;

    /// <summary>
    /// Expands folders, in a stable order (ordinal by path), each real file once; a missing path is a usage error (exit 2).
    /// A file named again (directly, through a link or inside two folders given) is left out, and so is a pipe or a device
    /// found in a folder; <paramref name="note"/> is told of each.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, MessageLanguage language, Action<string>? note = null)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var found = new List<(string Path, string Real)>();
            if (Directory.Exists(path))
            {
                Walk(path, RealPath(path), folders, found, language, note);
                found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            }
            else if (File.Exists(path))
            {
                found.Add((path, RealPath(path)));
            }
            else
            {
                throw new UsageException(Words.Say(language, $"找不到路径 {path}", $"no such file or folder: {path}"), Words.Say(language, "检查路径是否正确", "check the path"));
            }

            foreach (var (file, real) in found)
            {
                if (seen.Add(real))
                {
                    files.Add(file);
                }
                else
                {
                    note?.Invoke(Words.Say(language, $"{file} 与前面的文件是同一个文件，只计一次", $"{file} is a file already given; counted once"));
                }
            }
        }

        return files;
    }

    /// <summary>
    /// Reads one file: strict JSON for <c>.json</c>, otherwise a published document recognised by its content; never more
    /// than the reader's limit plus one byte, so that a huge file is reported (GDJ007, GDT009), not read whole.
    /// </summary>
    public static LoadResult Load(string path, MessageLanguage language)
    {
        if (IsJson(path))
        {
            var options = new JsonReadOptions { Language = language };
            return ReportJson.Read(ReadAtMost(path, options.MaxDocumentBytes + 1, language), options);
        }

        var document = new DocumentImportOptions { Language = language, FileName = path };
        return PublishedDocument.Import(ReadAtMost(path, document.MaxDocumentBytes + 1, language), document);
    }

    /// <summary>
    /// The first <paramref name="max"/> bytes of a regular file (all of it if shorter). A folder, a FIFO, a device or a
    /// file that cannot be opened is a usage error, said in one line.
    /// </summary>
    public static byte[] ReadAtMost(string path, int max, MessageLanguage language)
    {
        // The common case first, one look at the file: what else it could be is asked only when it is not a regular file.
        if (!FileKind.IsRegularFile(path))
        {
            Refuse(path, language);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var buffer = new byte[(int)Math.Min(max, Math.Max(4096, Math.Min(stream.Length + 1, max)))];
            var length = 0;
            while (length < max)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, (int)Math.Min(max, 2L * buffer.Length));
                }

                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read <= 0)
                {
                    break;
                }

                length += read;
            }

            Array.Resize(ref buffer, length);
            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Words.Say(language, $"无法读取 {path}：{e.Message}", $"cannot read {path}: {e.Message}"), Words.Say(language, "检查路径和权限", "check the path and its permissions"));
        }
    }

    /// <summary>Why a path that is no regular file is not read: a folder, nothing there, or a pipe or a device.</summary>
    [DoesNotReturn]
    private static void Refuse(string path, MessageLanguage language)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException(Words.Say(language, $"{path} 是文件夹，不是文件", $"{path} is a folder, not a file"), Words.Say(language, "给出一个报告文件", "name one report file"));
        }

        if (!File.Exists(path))
        {
            throw new UsageException(Words.Say(language, $"找不到文件 {path}", $"no such file: {path}"), Words.Say(language, "检查路径是否正确", "check the path"));
        }

        throw new UsageException(Words.Say(language, $"{path} 不是普通文件（管道或设备），未读取", $"{path} is not a regular file (a pipe or a device); not read"),
            Words.Say(language, "给出普通文件", "name a regular file"));
    }

    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

    private static bool IsReportFile(string path) =>
        IsJson(path) || Array.Exists(DocumentExtensions, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every report file below a folder not visited yet, with its real path.</summary>
    private static void Walk(string folder, string real, HashSet<string> visited, List<(string Path, string Real)> found, MessageLanguage language, Action<string>? note)
    {
        if (!visited.Add(real))
        {
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos();
            foreach (var entry in entries)
            {
                var entryPath = Path.Combine(folder, entry.Name);
                string entryReal;
                try
                {
                    entryReal = entry.LinkTarget is null ? Path.Combine(real, entry.Name) : RealPath(entryPath);
                }
                catch (IOException)
                {
                    continue; // a link in a loop of links, or one that leads nowhere
                }

                if (Directory.Exists(entryReal))
                {
                    Walk(entryPath, entryReal, visited, found, language, note);
                }
                else if (IsReportFile(entry.Name) && File.Exists(entryReal))
                {
                    if (FileKind.IsRegularFile(entryReal))
                    {
                        found.Add((entryPath, entryReal));
                    }
                    else
                    {
                        // Named on the command line it would be a usage error; found in a folder it is passed over.
                        note?.Invoke(Words.Say(language, $"跳过 {entryPath}：不是普通文件（管道或设备）", $"skipped {entryPath}: not a regular file (a pipe or a device)"));
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Words.Say(language, $"无法读取文件夹 {folder}：{e.Message}", $"cannot read folder {folder}: {e.Message}"),
                Words.Say(language, "检查路径和权限", "check the path and its permissions"));
        }
    }

    /// <summary>The path with every link in it resolved, so that one file or folder has one name however it is reached.</summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var real = root;
        foreach (var part in full.Substring(root.Length).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(real, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (depth >= MaxLinkDepth)
                {
                    throw new IOException("too many levels of links");
                }

                next = RealPath(Path.IsPathRooted(target) ? target : Path.Combine(real, target), depth + 1);
            }

            real = next;
        }

        return real;
    }
}
