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
    public static IReadOnlyList<ReportFile> Expand(IEnumerable<string> paths, MessageLanguage language, Action<string>? note = null)
    {
        var files = new List<ReportFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var found = new List<ReportFile>();
            switch (FileKind.Of(path, followLinks: true))
            {
                case PathKind.Folder:
                    Walk(path, RealPath(path), folders, found, language, note);
                    found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                    break;
                case PathKind.Missing:
                    throw new UsageException(Words.Say(language, $"找不到路径 {path}", $"no such file or folder: {path}"), Words.Say(language, "检查路径是否正确", "check the path"));
                default:
                    // Named on the command line, a pipe or a device is refused when it is read, as that file's own error.
                    found.Add(Named(path));
                    break;
            }

            foreach (var file in found)
            {
                if (seen.Add(file.RealPath))
                {
                    files.Add(file);
                }
                else
                {
                    note?.Invoke(Words.Say(language, $"{file.Path} 与前面的文件是同一个文件，只计一次", $"{file.Path} is a file already given; counted once"));
                }
            }
        }

        return files;
    }

    /// <summary>One file named on the command line; whether it is a regular file is asked when it is read.</summary>
    private static ReportFile Named(string path) => new(path, RealPath(path), KnownRegular: false);

    /// <summary>
    /// Reads one file: strict JSON for <c>.json</c>, otherwise a published document recognised by its content; never more
    /// than the reader's limit plus one byte, so that a huge file is reported (GDJ007, GDT009), not read whole.
    /// </summary>
    public static LoadResult Load(string path, MessageLanguage language) => Load(Named(path), language);

    /// <inheritdoc cref="Load(string, MessageLanguage)"/>
    public static LoadResult Load(ReportFile file, MessageLanguage language) => Load(file, language, keep: false);

    /// <summary>
    /// Reads one file as <see cref="Load(ReportFile, MessageLanguage)"/> does, for a caller that validates the result at
    /// once on the same thread: a JSON file's source map reads the thread's buffer rather than a copy, so the result must
    /// not be located after this thread loads another file.
    /// </summary>
    public static LoadResult LoadToValidate(ReportFile file, MessageLanguage language) => Load(file, language, keep: true);

    private static LoadResult Load(ReportFile file, MessageLanguage language, bool keep)
    {
        if (IsJson(file.Path))
        {
            var options = new JsonReadOptions { Language = language };
            jsonBuffer ??= new byte[ThreadBuffer];
            var length = Read(file, options.MaxDocumentBytes + 1, language, ref jsonBuffer);

            // One buffer a thread serves every file that thread reads: the span form keeps a copy for the source map.
            return keep ? ReportJson.ReadKept(jsonBuffer.AsMemory(0, length), options) : ReportJson.Read(jsonBuffer.AsSpan(0, length), options);
        }

        var document = new DocumentImportOptions { Language = language, FileName = file.Path };
        return PublishedDocument.Import(ReadAtMost(file, document.MaxDocumentBytes + 1, language), document);
    }

    // A report is some 10 KB of JSON: one buffer of this size a thread reads nearly every one in one go.
    private const int ThreadBuffer = 1 << 16;

    [ThreadStatic]
    private static byte[]? jsonBuffer;

    /// <summary>
    /// The first <paramref name="max"/> bytes of a regular file (all of it if shorter). A folder, a FIFO, a device or a
    /// file that cannot be opened is a usage error, said in one line.
    /// </summary>
    private static byte[] ReadAtMost(ReportFile file, int max, MessageLanguage language)
    {
        byte[]? buffer = null;
        var length = Read(file, max, language, ref buffer);
        Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>
    /// Reads at most <paramref name="max"/> bytes of the file into <paramref name="buffer"/> (grown when too small) and
    /// returns how many. Three system calls for a file of the walk's that fits in the thread's buffer: open, one read of it
    /// all, close (<see cref="NativeFile"/>); otherwise .NET's handle, which also asks the file's status, and the size
    /// when the buffer is new (made to fit). The end is not asked for with a read that returns nothing: the read stops at the size the file had
    /// when opened, or, into a thread's buffer, when a read returns less than asked, which a regular file does only at its
    /// end.
    /// </summary>
    private static int Read(ReportFile file, int max, MessageLanguage language, [NotNull] ref byte[]? buffer)
    {
        // Opening a FIFO blocks and a device never ends: a file not already seen to be regular is looked at first.
        if (!file.KnownRegular && !FileKind.IsRegularFile(file.Path))
        {
            Refuse(file.Path, language);
        }

        // A file of the walk's that fits in this thread's buffer: three system calls, not four.
        if (file.KnownRegular && buffer is { Length: >= ThreadBuffer } && NativeFile.TryRead(file.RealPath, buffer.AsSpan(0, Math.Min(buffer.Length, max)), out var whole))
        {
            return whole;
        }

        try
        {
            using var handle = File.OpenHandle(file.RealPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            var size = buffer is { Length: >= ThreadBuffer } ? -1 : RandomAccess.GetLength(handle);
            var wanted = (int)Math.Min(max, Math.Max(4096, size + 1));
            if (buffer is null || buffer.Length < wanted)
            {
                buffer = new byte[wanted];
            }

            var length = 0;
            while (length < max)
            {
                if (length == buffer.Length)
                {
                    // The file grew, or told no size (as files under /proc do): double, never past the limit.
                    Array.Resize(ref buffer, (int)Math.Min(max, 2L * buffer.Length));
                }

                var asked = Math.Min(buffer.Length, max) - length;
                var read = RandomAccess.Read(handle, buffer.AsSpan(length, asked), length);
                if (read <= 0)
                {
                    break;
                }

                length += read;
                if (length == size || (size < 0 && read < asked))
                {
                    break;
                }
            }

            return length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Words.Say(language, $"无法读取 {file.Path}：{e.Message}", $"cannot read {file.Path}: {e.Message}"), Words.Say(language, "检查路径和权限", "check the path and its permissions"));
        }
    }

    /// <summary>Why a path that is no regular file is not read: a folder, nothing there, or a pipe or a device.</summary>
    [DoesNotReturn]
    private static void Refuse(string path, MessageLanguage language)
    {
        switch (FileKind.Of(path, followLinks: true))
        {
            case PathKind.Folder:
                throw new UsageException(Words.Say(language, $"{path} 是文件夹，不是文件", $"{path} is a folder, not a file"), Words.Say(language, "给出一个报告文件", "name one report file"));
            case PathKind.Missing:
                throw new UsageException(Words.Say(language, $"找不到文件 {path}", $"no such file: {path}"), Words.Say(language, "检查路径是否正确", "check the path"));
            default:
                throw new UsageException(Words.Say(language, $"{path} 不是普通文件（管道或设备），未读取", $"{path} is not a regular file (a pipe or a device); not read"),
                    Words.Say(language, "给出普通文件", "name a regular file"));
        }
    }

    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DocumentExtensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

    private static bool IsReportFile(string path) =>
        IsJson(path) || Array.Exists(DocumentExtensions, e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every report file below a folder not visited yet, with its real path. What an entry is (a regular file, a folder, a
    /// link, a pipe) is what the listing says, or one lstat where it does not; links alone are followed and resolved.
    /// </summary>
    private static void Walk(string folder, string real, HashSet<string> visited, List<ReportFile> found, MessageLanguage language, Action<string>? note)
    {
        if (!visited.Add(real))
        {
            return;
        }

        try
        {
            foreach (var (name, listed) in FolderListing.Read(folder, IsReportFile))
            {
                var isReport = IsReportFile(name);
                if (listed is PathKind.RegularFile or PathKind.Other && !isReport)
                {
                    continue;
                }

                var entryPath = Path.Combine(folder, name);
                var entryReal = Path.Combine(real, name);
                var kind = listed ?? FileKind.Of(entryReal, followLinks: false);
                if (kind == PathKind.Link)
                {
                    try
                    {
                        entryReal = RealPath(entryPath);
                    }
                    catch (IOException)
                    {
                        continue; // a link in a loop of links, or one that leads nowhere
                    }

                    kind = FileKind.Of(entryReal, followLinks: true);
                }

                switch (kind)
                {
                    case PathKind.Folder:
                        Walk(entryPath, entryReal, visited, found, language, note);
                        break;
                    case PathKind.RegularFile when isReport:
                        found.Add(new ReportFile(entryPath, entryReal, KnownRegular: true));
                        break;
                    case PathKind.Other when isReport:
                        // Named on the command line it would be a usage error; found in a folder it is passed over.
                        note?.Invoke(Words.Say(language, $"跳过 {entryPath}：不是普通文件（管道或设备）", $"skipped {entryPath}: not a regular file (a pipe or a device)"));
                        break;
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
