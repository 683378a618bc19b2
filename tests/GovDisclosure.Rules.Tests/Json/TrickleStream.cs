using System;
using System.IO;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>A stream that cannot seek and gives at most a few bytes per read, as a network body may.</summary>
internal sealed class TrickleStream(byte[] content, int chunk = 7) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>How many bytes have been read so far.</summary>
    public int Consumed => position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, chunk), content.Length - position);
        Array.Copy(content, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
