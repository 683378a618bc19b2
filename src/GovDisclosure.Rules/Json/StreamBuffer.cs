using System;
using System.Buffers;
using System.IO;

namespace GovDisclosure.Rules.Json;

/// <summary>
/// Collects a stream into a pooled buffer, reading at most one byte past the size limit: enough to know the document is
/// too large without reading the rest of it.
/// </summary>
internal sealed class StreamBuffer
{
    private const int InitialSize = 16 * 1024;
    private const int LargestArray = 0x7FFFFFC7;

    private readonly int capacityLimit;
    private readonly int limit;
    private byte[] array;
    private bool ended;

    internal StreamBuffer(Stream stream, int limit)
    {
        this.limit = limit;
        capacityLimit = (int)Math.Min((long)limit + 1, LargestArray);
        var size = InitialSize;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            TooLarge = remaining > limit;
            size = (int)Math.Max(1, Math.Min(remaining + 1, capacityLimit));
        }

        array = ArrayPool<byte>.Shared.Rent(Math.Min(size, capacityLimit));
    }

    /// <summary>Whether the stream holds more than the limit.</summary>
    internal bool TooLarge { get; private set; }

    /// <summary>The buffer to read into, at <see cref="Length"/>.</summary>
    internal byte[] Array => array;

    /// <summary>How many bytes have been read.</summary>
    internal int Length { get; private set; }

    /// <summary>How many bytes the next read may bring.</summary>
    internal int Space => Math.Min(array.Length, capacityLimit) - Length;

    /// <summary>The bytes read.</summary>
    internal ReadOnlySpan<byte> Content => array.AsSpan(0, Length);

    /// <summary>Makes room for the next read; false when reading is over.</summary>
    internal bool Prepare()
    {
        if (ended || TooLarge)
        {
            return false;
        }

        if (Space == 0)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)array.Length * 2, capacityLimit));
            Buffer.BlockCopy(array, 0, larger, 0, Length);
            ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }

        return true;
    }

    /// <summary>Takes the count of one read; 0 means the stream has ended.</summary>
    internal void Advance(int read)
    {
        // A stream that claims less than nothing or more than it was given room for would loop for ever or overrun the
        // buffer: it is a stream that cannot be read.
        if (read < 0 || read > Space)
        {
            throw new IOException($"流的 Read 返回了 {read}，应为 0 至 {Space}。The stream's Read returned {read}, not a count from 0 to {Space}.");
        }

        ended = read == 0;
        Length += read;
        TooLarge = Length > limit;
    }

    /// <summary>Gives the buffer back to the pool.</summary>
    internal void Return() => ArrayPool<byte>.Shared.Return(array);
}
