using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// The size limit on streams: a stream of exactly the limit is read, one byte more is not, whether the stream can seek
/// or not; only what remains from the stream's position counts; and a stream larger than the first buffer is read whole.
/// </summary>
public class JsonStreamLimitTests
{
    private static readonly byte[] Bytes = Encoding.UTF8.GetBytes(Example);

    private static readonly JsonReadOptions Exactly = new() { MaxDocumentBytes = Bytes.Length };

    [Fact]
    public void A_seekable_stream_of_exactly_the_limit_is_read_and_one_byte_more_is_not()
    {
        Assert.Equal(ExampleReport, ReportJson.Read(new MemoryStream(Bytes), Exactly).Report);
        Assert.Equal("GDJ007", Assert.Single(ReportJson.Read(new MemoryStream(Bytes.Concat(new[] { (byte)' ' }).ToArray()), Exactly).Findings).RuleId);
    }

    [Fact]
    public void A_stream_that_cannot_seek_of_exactly_the_limit_is_read_and_one_byte_more_is_not()
    {
        Assert.Equal(ExampleReport, ReportJson.Read(new TrickleStream(Bytes, chunk: 1000), Exactly).Report);
        Assert.Equal("GDJ007", Assert.Single(ReportJson.Read(new TrickleStream(Bytes.Concat(new[] { (byte)' ' }).ToArray(), chunk: 1000), Exactly).Findings).RuleId);
    }

    [Fact]
    public void Only_what_remains_from_the_streams_position_counts_against_the_limit()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("garbage").Concat(Bytes).ToArray()) { Position = 7 };

        Assert.Equal(ExampleReport, ReportJson.Read(stream, Exactly).Report);
    }

    [Fact]
    public void A_stream_that_gives_all_it_is_asked_for_is_read_no_further_than_one_byte_past_the_limit()
    {
        var generous = new TrickleStream(new byte[1_000_000], chunk: int.MaxValue);

        Assert.Equal("GDJ007", Assert.Single(ReportJson.Read(generous, new JsonReadOptions { MaxDocumentBytes = 100 }).Findings).RuleId);
        Assert.Equal(101, generous.Consumed);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_stream_larger_than_the_first_buffer_is_read_whole_in_small_reads()
    {
        // Well past the first 16 KiB buffer, so that it must grow and keep what it has read.
        var padded = Change("\"otherMatters\": ", "\"extensions\": {\"padding\": \"" + new string('x', 100_000) + "\"}, \"otherMatters\": ");
        var bytes = Encoding.UTF8.GetBytes(padded);

        var read = ReportJson.Read(new TrickleStream(bytes, chunk: 5000)).Report;
        var readAsync = (await ReportJson.ReadAsync(new TrickleStream(bytes, chunk: 5000))).Report;

        Assert.Equal(ReportJson.Read(bytes).Report, read);
        Assert.Equal(read, readAsync);
        Assert.Equal(100_000 + "{\"padding\":\"\"}".Length, read!.Extensions!.Json.Length);
    }
}
