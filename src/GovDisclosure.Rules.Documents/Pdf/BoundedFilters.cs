using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// PdfPig's filters with a limit on what one stream decodes to: a Flate stream is first inflated into nothing, counting,
/// so that a bomb is stopped before its output is ever held; any filter's output beyond the limit stops the import too.
/// PdfPig may catch what a filter throws, so the provider also remembers that the limit was met.
/// </summary>
internal sealed class BoundedFilters : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;
    private readonly long maxBytes;

    internal BoundedFilters(long maxBytes) => this.maxBytes = maxBytes;

    /// <summary>Whether some stream decoded (or would have decoded) to more than the limit.</summary>
    internal bool Exceeded { get; private set; }

    internal long MaxBytes => maxBytes;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Bounded(f, this)).ToList();

    private void Check(long length)
    {
        if (length > maxBytes)
        {
            Exceeded = true;
            throw new Import.ImportLimitException("Pdf.StreamTooLarge", maxBytes);
        }
    }

    /// <summary>Inflates a Flate stream into a scratch buffer, counting, and stops at the limit.</summary>
    private void Probe(Memory<byte> input)
    {
        if (input.Length < 2)
        {
            return;
        }

        var bytes = MemoryMarshal.TryGetArray<byte>(input, out var segment) ? segment : new ArraySegment<byte>(input.ToArray());
        var skip = (bytes.Array![bytes.Offset] & 0x0F) == 8 ? 2 : 0; // the zlib header, which DeflateStream does not read
        var scratch = new byte[81920];
        long total = 0;
        try
        {
            using var inflate = new DeflateStream(new MemoryStream(bytes.Array, bytes.Offset + skip, bytes.Count - skip, writable: false), CompressionMode.Decompress);
            int n;
            while ((n = inflate.Read(scratch, 0, scratch.Length)) > 0)
            {
                total += n;
                Check(total);
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig's own filter decides what, if anything, it yields; its output is checked after.
        }
    }

    private sealed class Bounded : IFilter
    {
        private readonly IFilter filter;
        private readonly BoundedFilters owner;

        internal Bounded(IFilter filter, BoundedFilters owner)
        {
            this.filter = filter;
            this.owner = owner;
        }

        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter)
            {
                owner.Probe(input);
            }

            var output = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            owner.Check(output.Length);
            return output;
        }
    }
}
