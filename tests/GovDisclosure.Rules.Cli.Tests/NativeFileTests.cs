using System;
using System.IO;
using System.Linq;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>
/// The three-call read of a report file: the whole file when it fits in the buffer; nothing decided (false) when it does
/// not fit or cannot be opened, so that .NET's file API reads it or says why.
/// </summary>
public sealed class NativeFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("govdisclosure-native-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9797)]
    [InlineData(65535)]
    public void A_file_shorter_than_the_buffer_is_read_whole(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(folder, "报告.json");
        File.WriteAllBytes(path, bytes);
        var buffer = new byte[65536];
        Assert.True(NativeFile.TryRead(path, buffer, out var length));
        Assert.Equal(bytes, buffer.AsSpan(0, length).ToArray());
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    [InlineData(200_000, 65536)]
    public void A_file_that_fills_the_buffer_is_left_to_the_usual_read(int size, int buffer)
    {
        var path = Path.Combine(folder, "a.json");
        File.WriteAllBytes(path, new byte[size]);
        Assert.False(NativeFile.TryRead(path, new byte[buffer], out _));
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_left_to_the_usual_read()
    {
        Assert.False(NativeFile.TryRead(Path.Combine(folder, "missing.json"), new byte[100], out _));
        Assert.False(NativeFile.TryRead(folder, new byte[100], out _));
    }
}
