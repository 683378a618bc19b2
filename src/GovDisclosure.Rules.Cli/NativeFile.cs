using System;
using System.Runtime.InteropServices;

namespace GovDisclosure.Rules.Cli;

/// <summary>
/// Reads a small regular file with three system calls: open, read, close. .NET's file handle also asks the file's status
/// when it opens (to refuse a folder), a fourth call a file that the walk has already seen to be regular does not need.
/// Through the runtime's own libSystem.Native, as <see cref="FolderListing"/>; anything unusual is left to .NET's file
/// API, which then says what is wrong.
/// </summary>
internal static class NativeFile
{
    // The runtime's portable open flags (pal_io.h): read only, closed on exec.
    private const int ReadOnly = 0x0000;
    private const int CloseOnExec = 0x0010;

    private static volatile bool available = !OperatingSystem.IsWindows();

    /// <summary>
    /// Reads the whole file at <paramref name="path"/> into <paramref name="buffer"/> when it is shorter than the buffer:
    /// one read that returns less than asked is its end (a regular file returns less only there). False, with nothing
    /// decided, when the file cannot be opened or read this way or does not fit; the caller then reads it as usual.
    /// </summary>
    public static bool TryRead(string path, Span<byte> buffer, out int length)
    {
        length = 0;
        if (!available)
        {
            return false;
        }

        try
        {
            var descriptor = Open(path, ReadOnly | CloseOnExec, 0);
            if (descriptor < 0)
            {
                return false;
            }

            try
            {
                length = Read(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            }
            finally
            {
                Close(descriptor);
            }

            return length >= 0 && length < buffer.Length;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A runtime without these entry points: .NET's file API from now on.
            available = false;
            return false;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Open", SetLastError = true)]
    private static extern IntPtr Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Read", SetLastError = true)]
    private static extern int Read(IntPtr descriptor, ref byte buffer, int size);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Close", SetLastError = true)]
    private static extern int Close(IntPtr descriptor);
}
