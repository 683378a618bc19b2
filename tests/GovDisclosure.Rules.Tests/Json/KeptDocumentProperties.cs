using System;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// A document read from bytes it keeps (the command line's thread buffer, the array a string was encoded into) is
/// located exactly as one read from a span, which keeps a copy: in every layout a writer gives, with or without a BOM.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class KeptDocumentProperties
{
    [Property]
    public void Every_member_is_located_alike_whether_the_bytes_are_kept_copied_or_given_as_text(AnnualReport report, bool indented, bool byteOrderMark, bool windowsLines)
    {
        var json = ReportJson.Write(report, new JsonWriteOptions { Indented = indented });
        if (windowsLines)
        {
            json = json.Replace("\n", "\r\n");
        }

        var utf8 = Encoding.UTF8.GetBytes(json);
        if (byteOrderMark)
        {
            utf8 = [0xEF, 0xBB, 0xBF, .. utf8];
        }

        var fromSpan = ReportJson.Read(utf8.AsSpan()).SourceMap!;
        var kept = ReportJson.ReadKept(utf8.AsMemory(), JsonReadOptions.Default).SourceMap!;
        var fromText = ReportJson.Read(json).SourceMap!;
        foreach (var pointer in ReportForm.Cells.Select(c => c.Pointer).Concat(ReportForm.Texts.Select(t => t.Pointer)))
        {
            var copied = (fromSpan.TryLocate(pointer, out var line, out var column), line, column);
            Assert.Equal(copied, (kept.TryLocate(pointer, out var keptLine, out var keptColumn), keptLine, keptColumn));
            Assert.Equal(copied, (fromText.TryLocate(pointer, out var textLine, out var textColumn), textLine, textColumn));
            Assert.True(!copied.Item1 || indented || line == 1, pointer);
        }

        Assert.All(ReportForm.Cells, cell => Assert.True(kept.TryLocate(cell.Pointer, out _, out _), cell.Pointer));
    }

    [Fact]
    public void The_span_form_keeps_its_own_copy()
    {
        var utf8 = Encoding.UTF8.GetBytes(JsonDocuments.Example);
        var map = ReportJson.Read(utf8.AsSpan()).SourceMap!;
        Assert.True(map.TryLocate("/otherMatters", out var line, out var column));

        // The caller's buffer reused for something else: the map still answers from what was read.
        Array.Fill(utf8, (byte)'\n');
        Assert.True(map.TryLocate("/otherMatters", out var after, out var afterColumn));
        Assert.Equal((line, column), (after, afterColumn));
    }
}
