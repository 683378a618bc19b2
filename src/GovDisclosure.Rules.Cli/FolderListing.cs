using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// The entries of one folder with what the listing itself says each is. On Unix the directory listing tells a regular
/// file, a folder, a link and a pipe apart at no cost (d_type), which .NET's enumeration keeps to itself: read through
/// the runtime's own readdir (libSystem.Native), a folder of 10,000 reports needs no system call an entry. Where the
/// listing does not say (some file systems, Windows), the kind is null and the walk looks at the entry itself.
/// </summary>
internal static class FolderListing
{
    // The runtime's portable d_type values (pal_io.h).
    private const int Fifo = 1;
    private const int CharacterDevice = 2;
    private const int Directory = 4;
    private const int BlockDevice = 6;
    private const int Regular = 8;
    private const int SymbolicLink = 10;
    private const int Socket = 12;

    // Nothing asked of an entry by .NET's enumeration (attributes are a system call an entry); an unreadable folder is an error.
    private static volatile bool nativeListing = true;

    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>
    /// The entries of <paramref name="folder"/> (not "." and ".."), each with its kind when the listing tells it. Where it
    /// cannot, an entry that is no folder is listed only when <paramref name="wanted"/> takes its name.
    /// </summary>
    public static List<(string Name, PathKind? Kind)> Read(string folder, Func<string, bool> wanted)
    {
        if (!OperatingSystem.IsWindows() && nativeListing)
        {
            try
            {
                var directory = OpenDir(folder);
                if (directory != IntPtr.Zero)
                {
                    try
                    {
                        return ReadAll(directory);
                    }
                    finally
                    {
                        CloseDir(directory);
                    }
                }
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A runtime whose libSystem.Native lists folders otherwise: .NET's enumeration from now on.
                nativeListing = false;
            }

            // Could not be opened this way: .NET's enumeration below says why, as an exception the walk reports.
        }

        var entries = new List<(string Name, PathKind? Kind)>();
        foreach (var (name, isFolder) in new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory), Listing))
        {
            // A folder (or a link to one) is looked at again by the walk; anything else too, when its name is wanted.
            if (isFolder || wanted(name))
            {
                entries.Add((name, null));
            }
        }

        return entries;
    }

    private static List<(string Name, PathKind? Kind)> ReadAll(IntPtr directory)
    {
        var entries = new List<(string Name, PathKind? Kind)>();
        while (true)
        {
            var result = ReadDir(directory, out var entry);
            if (result < 0)
            {
                return entries; // the end
            }

            if (result > 0)
            {
                throw new IOException($"cannot list the folder (error {result})");
            }

            // A length of -1 says the name ends at its NUL, as glibc gives it.
            string name = entry.NameLength >= 0 ? Marshal.PtrToStringUTF8(entry.Name, entry.NameLength) : Marshal.PtrToStringUTF8(entry.Name) ?? "";
            if (name is "." or "..")
            {
                continue;
            }

            entries.Add((name, entry.InodeType switch
            {
                Regular => PathKind.RegularFile,
                Directory => PathKind.Folder,
                SymbolicLink => PathKind.Link,
                Fifo or CharacterDevice or BlockDevice or Socket => PathKind.Other,
                _ => null,
            }));
        }
    }

    /// <summary>The runtime's DirectoryEntry: the name, its length in bytes (-1: up to its NUL), and d_type.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct DirectoryEntry
    {
        public IntPtr Name;
        public int NameLength;
        public int InodeType;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_OpenDir", SetLastError = true)]
    private static extern IntPtr OpenDir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_ReadDir")]
    private static extern int ReadDir(IntPtr directory, out DirectoryEntry entry);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_CloseDir", SetLastError = true)]
    private static extern int CloseDir(IntPtr directory);
}
