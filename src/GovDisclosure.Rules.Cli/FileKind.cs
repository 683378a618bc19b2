using System;
using System.IO;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// Whether a path names a regular file, asked before opening it: opening a FIFO blocks until something writes to it, and a
/// device such as /dev/zero never ends. .NET tells files from folders only, so on Unix the runtime's own stat (in
/// libSystem.Native, which ships with every .NET runtime) gives the file type; links are followed.
/// </summary>
internal static class FileKind
{
    // The runtime's portable mode bits (pal_io.h): the type field and a regular file.
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    // The mode follows a 4-byte flags field; the whole structure is under 256 bytes on every platform.
    private const int ModeOffset = 4;
    private const int StatusBytes = 256;

    /// <summary>Whether the path (links followed) is a regular file.</summary>
    public static bool IsRegularFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(path) & FileAttributes.Device) == 0;
        }

        var status = new byte[StatusBytes];
        return Stat(path, status) == 0 && (BitConverter.ToInt32(status, ModeOffset) & TypeMask) == Regular;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
