using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// Streams that break their contract: one that never ends and ignores the cancellation token, one whose Read returns −1,
/// one whose Read claims more bytes than it was given room for. The reader stops on each instead of looping or overrunning.
/// </summary>
public class MisbehavingStreamTests
{
    [Fact]
    public async Task ReadAsync_stops_between_reads_when_cancelled_though_the_stream_ignores_the_token()
    {
        using var cancellation = new CancellationTokenSource();
        var stream = new EndlessStream(() => cancellation.Cancel());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportJson.ReadAsync(stream, null, cancellation.Token));

        // Cancelled after the first read: the second never happened.
        Assert.Equal(1, stream.Reads);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task A_stream_returning_a_count_it_cannot_have_read_is_an_io_error(int claimed)
    {
        Assert.Throws<IOException>(() => ReportJson.Read(new LyingStream(claimed)));
        await Assert.ThrowsAsync<IOException>(() => ReportJson.ReadAsync(new LyingStream(claimed)));
    }

    /// <summary>A stream of spaces that never ends and never looks at a token; it calls back after each read.</summary>
    private sealed class EndlessStream(Action afterRead) : Stream
    {
        public int Reads { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, Math.Min(count, 16)).Fill((byte)' ');
            Reads++;
            afterRead();
            return Math.Min(count, 16);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream whose Read always claims <paramref name="claimed"/> bytes.</summary>
    private sealed class LyingStream(int claimed) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => claimed;

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(claimed);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
