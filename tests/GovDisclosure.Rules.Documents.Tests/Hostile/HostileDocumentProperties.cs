using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Documents.Tests.Import;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Hostile;

/// <summary>
/// The hostile corpus: documents built to break the importer (damaged packages, bombs, deep nesting, huge spans, DTDs)
/// and any bytes of an exported .docx or page overwritten, cut short or spliced. Whatever comes in, the import returns a
/// result — a report, or located findings with an error — and never throws.
/// </summary>
public class HostileDocumentProperties
{
    private static readonly byte[] Docx = PublishedDocument.ExportDocx(Reports.Seed);
    private static readonly byte[] Page = Reports.Utf8("<html><body>" + PublishedDocument.ExportHtml(Reports.Seed) + "</body></html>");

    /// <summary>The corpus: each entry a document an attacker or a broken tool might send.</summary>
    public static TheoryData<string, byte[]> Corpus() => new()
    {
        { "empty", [] },
        { "zip signature alone", [0x50, 0x4B, 0x03, 0x04] },
        { "docx cut in half", Docx.Take(Docx.Length / 2).ToArray() },
        { "docx without its main part's end", LimitTests.Package(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")) },
        { "main part not xml", LimitTests.Package(("word/document.xml", "\u0000\u0001 not xml")) },
        { "entity bomb", LimitTests.Package(("word/document.xml", "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>")) },
        { "deep sdt", LimitTests.Package(("word/document.xml", LimitTests.Document(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 10_000))))) },
        { "deep divs", Reports.Utf8(string.Concat(Enumerable.Repeat("<div>", 10_000))) },
        { "unclosed comment", Reports.Utf8("<html><body><!-- " + new string('x', 1000)) },
        { "huge rowspan", Reports.Utf8("<table><tr><td rowspan=99999999999999999999>1</td></tr></table>") },
        { "negative colspan", Reports.Utf8("<table><tr><td colspan=-5>1</td><td colspan=abc>2</td></tr></table>") },
        { "page cut in the middle of a tag", Page.Take(Page.Length / 2).Concat(Reports.Utf8("<td colspan=\"")).ToArray() },
        { "ole header alone", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_hostile_document_gives_a_result_with_findings_and_no_exception(string name, byte[] bytes)
    {
        var result = PublishedDocument.Import(bytes);
        Assert.True(result.HasErrors, name);
        Assert.Null(result.Report);
        Assert.All(result.Findings, f => Assert.False(string.IsNullOrEmpty(f.Message)));
    }

    public static Arbitrary<(int At, byte[] With)> Edits() =>
        Arb.From(
            from at in Gen.Choose(0, int.MaxValue)
            from with in ArbMap.Default.GeneratorFor<byte[]>()
            select (at, with ?? []));

    [Property(Arbitrary = new[] { typeof(HostileDocumentProperties) }, MaxTest = 60)]
    public void A_docx_with_any_bytes_overwritten_never_throws((int At, byte[] With) edit) => Import(Overwrite(Docx, edit));

    [Property(Arbitrary = new[] { typeof(HostileDocumentProperties) }, MaxTest = 60)]
    public void A_page_with_any_bytes_overwritten_never_throws((int At, byte[] With) edit) => Import(Overwrite(Page, edit));

    [Property(MaxTest = 60)]
    public void A_document_cut_short_anywhere_never_throws(NonNegativeInt cut, bool word)
    {
        var bytes = word ? Docx : Page;
        Import(bytes.Take(cut.Get % (bytes.Length + 1)).ToArray());
    }

    private static void Import(byte[] bytes)
    {
        var result = PublishedDocument.Import(bytes);
        Assert.Equal(result.Report is null, result.HasErrors);
    }

    private static byte[] Overwrite(byte[] bytes, (int At, byte[] With) edit)
    {
        var copy = (byte[])bytes.Clone();
        var at = edit.At % copy.Length;
        Array.Copy(edit.With, 0, copy, at, Math.Min(edit.With.Length, copy.Length - at));
        return copy;
    }
}
