using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Cli;

/// <summary>What a path names, asked before opening it.</summary>
internal enum PathKind
{
    /// <summary>Nothing there (or it cannot be looked at).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    Link,

    /// <summary>A pipe, a device or a socket: opening a FIFO blocks until something writes to it, and /dev/zero never ends.</summary>
    Other,
}

/// <summary>
/// What a path names in one system call. .NET tells files from folders only and asks again for each question (exists?
/// a link? a folder?), so on Unix the runtime's own stat and lstat (in libSystem.Native, which ships with every .NET
/// runtime and is linked into a native AOT build) give the file type at once.
/// </summary>
internal static class FileKind
{
    // The runtime's portable mode bits (pal_io.h): the type field and its values.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>Whether the path (links followed) is a regular file.</summary>
    public static bool IsRegularFile(string path) => Of(path, followLinks: true) == PathKind.RegularFile;

    /// <summary>What the path names; with <paramref name="followLinks"/> false a link is <see cref="PathKind.Link"/>.</summary>
    public static PathKind Of(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            return OfOnWindows(path, followLinks);
        }

        var result = followLinks ? Stat(path, out var status) : LStat(path, out status);
        return result != 0 ? PathKind.Missing : (status.Mode & TypeMask) switch
        {
            Regular => PathKind.RegularFile,
            Directory => PathKind.Folder,
            SymbolicLink => PathKind.Link,
            _ => PathKind.Other,
        };
    }

    private static PathKind OfOnWindows(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !System.IO.Directory.Exists(path))
        {
            return PathKind.Missing;
        }

        var attributes = info.Attributes;
        if (!followLinks && (attributes & FileAttributes.ReparsePoint) != 0)
        {
            return PathKind.Link;
        }

        return (attributes & FileAttributes.Directory) != 0 ? PathKind.Folder
            : (attributes & FileAttributes.Device) != 0 ? PathKind.Other
            : PathKind.RegularFile;
    }

    /// <summary>The runtime's FileStatus: the mode follows a 4-byte flags field; the whole is under 256 bytes everywhere.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct FileStatus
    {
        [FieldOffset(4)]
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
}
