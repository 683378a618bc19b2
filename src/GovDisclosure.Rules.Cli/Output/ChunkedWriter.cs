using System.IO;
using System.Text;

namespace GovDisclosure.Rules.Cli.Output;

/// <summary>
/// Passes text on to another writer in chunks of about 64 KB. The console's writer flushes every line, one system call
/// each: tens of thousands of result lines cost more in the kernel than their validation. Results still go out as they
/// are produced, a chunk at a time; whatever is left goes on <see cref="Flush"/> or disposal.
/// </summary>
internal sealed class ChunkedWriter(TextWriter inner) : TextWriter
{
    private const int ChunkChars = 32 * 1024;

    private readonly StringBuilder pending = new(ChunkChars + 1024);

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        pending.Append(value);
        PassOnWhenFull();
    }

    public override void Write(string? value)
    {
        pending.Append(value);
        PassOnWhenFull();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        pending.Append(buffer, index, count);
        PassOnWhenFull();
    }

    public override void Flush()
    {
        if (pending.Length > 0)
        {
            inner.Write(pending.ToString());
            pending.Clear();
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void PassOnWhenFull()
    {
        if (pending.Length >= ChunkChars)
        {
            inner.Write(pending.ToString());
            pending.Clear();
        }
    }
}
