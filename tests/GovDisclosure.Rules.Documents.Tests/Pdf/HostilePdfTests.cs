using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// PDFs that are not reports, or are made to hurt: a scan with no text, an encrypted file, a broken cross-reference
/// table, reference cycles, deep nesting, a flate bomb and PDFs beyond the page and object limits. Each is a finding
/// (GDT008 or GDT009), never an exception, a hang or running out of memory.
/// </summary>
public class HostilePdfTests
{
    private static readonly DocumentImportOptions English = new() { Language = MessageLanguage.English };

    private static Finding Refused(byte[] pdf, string ruleId, DocumentImportOptions? options = null)
    {
        var result = PublishedDocument.Import(pdf, options ?? English);
        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        return finding;
    }

    [Fact]
    public void A_scan_with_an_image_and_no_text_asks_for_the_text_or_for_OCR()
    {
        var image = HandMadePdf.Stream(new byte[] { 0x80, 0x40, 0x20, 0x10 }, "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8");
        var objects = HandMadePdf.Pages(2, HandMadePdf.Stream(HandMadePdf.Ascii("q 500 0 0 700 40 60 cm /Im1 Do Q")), "/XObject << /Im1 7 0 R >>");
        objects.Add(image);
        var finding = Refused(HandMadePdf.Build(objects), TextRules.UnreadableKind.Id);
        Assert.Contains("without a text layer", finding.Message);
        Assert.Contains("OCR", finding.Message);
        Assert.Contains("文字识别（OCR）", Refused(HandMadePdf.Build(objects), TextRules.UnreadableKind.Id, DocumentImportOptions.Default).Message);
    }

    [Fact]
    public void A_PDF_with_text_that_is_not_a_report_is_read_and_said_not_to_be_one()
    {
        var result = PublishedDocument.Import(HandMadePdf.TextPages(1));
        Assert.Null(result.Report);
        Assert.NotEmpty(result.Findings);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "GDT008" or "GDT009");
    }

    [Fact]
    public void An_encrypted_PDF_is_refused_as_encrypted()
    {
        var objects = HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (secret) Tj ET")));
        objects.Add(HandMadePdf.Ascii("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>"));
        var pdf = HandMadePdf.Build(objects, $"/Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
        Assert.Contains("encrypted", Refused(pdf, TextRules.UnreadableKind.Id).Message);
    }

    [Theory]
    [InlineData("wrong offsets")]
    [InlineData("cut short")]
    [InlineData("no trailer")]
    public void A_PDF_with_a_broken_cross_reference_table_is_a_finding(string damage)
    {
        var good = HandMadePdf.TextPages(1);
        var pdf = damage switch
        {
            "wrong offsets" => HandMadePdf.Build(HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET"))), wrongOffsets: true),
            "cut short" => good.Take(good.Length / 2).ToArray(),
            _ => good.Take(Array.LastIndexOf(good, (byte)'x')).ToArray(),
        };
        var result = PublishedDocument.Import(pdf, English);
        Assert.Null(result.Report);
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public void Reference_cycles_in_the_page_tree_and_the_contents_are_a_finding()
    {
        var objects = new List<byte[]>
        {
            HandMadePdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            HandMadePdf.Ascii("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 3 0 R >>"),
            HandMadePdf.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox 4 0 R /Contents 5 0 R >>"),
            HandMadePdf.Ascii("5 0 R"),
            HandMadePdf.Ascii("4 0 R"),
        };
        Assert.Contains("loop", Refused(HandMadePdf.Build(objects), TextRules.LimitExceeded.Id).Message);
    }

    [Fact]
    public void A_chain_of_references_longer_than_the_nesting_limit_is_refused()
    {
        var objects = HandMadePdf.Pages(1, HandMadePdf.Ascii("6 0 R"));
        for (var i = 6; i < 6 + 5000; i++)
        {
            objects.Add(HandMadePdf.Ascii($"{i + 1} 0 R"));
        }

        objects.Add(HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET")));
        Assert.Contains("256", Refused(HandMadePdf.Build(objects), TextRules.LimitExceeded.Id).Message);
    }

    [Fact]
    public void Ten_thousand_deep_nested_arrays_are_refused_at_the_nesting_limit()
    {
        var objects = HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET")));
        objects[2] = HandMadePdf.Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Widths " + new string('[', 10_000) + new string(']', 10_000) + " >>");
        var finding = Refused(HandMadePdf.Build(objects), TextRules.LimitExceeded.Id);
        Assert.Contains("nest deeper than", finding.Message);
    }

    [Fact]
    public void Brackets_inside_strings_comments_and_stream_data_are_not_nesting()
    {
        var brackets = new string('[', 5_000) + new string('<', 5_000);
        var objects = HandMadePdf.Pages(1, HandMadePdf.Stream(HandMadePdf.Ascii("BT /F1 12 Tf 72 700 Td (x) Tj ET " + brackets)));
        objects.Add(HandMadePdf.Ascii("<< /Title (" + brackets.Replace("<", "\\(") + ") >> % " + brackets + "\n"));
        var result = PublishedDocument.Import(HandMadePdf.Build(objects), English);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == TextRules.LimitExceeded.Id);
    }

    [Fact]
    public void A_flate_bomb_is_refused_at_the_stream_limit_without_being_inflated()
    {
        var bomb = HandMadePdf.Flate(new byte[32 * 1024 * 1024]);
        Assert.True(bomb.Length < 100 * 1024, $"the bomb is {bomb.Length} bytes");
        var pdf = HandMadePdf.Build(HandMadePdf.Pages(1, HandMadePdf.Stream(bomb, "/Filter /FlateDecode")));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var finding = Refused(pdf, TextRules.LimitExceeded.Id, English with { MaxStreamBytes = 1024 * 1024 });
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Contains("1048576", finding.Message);
        Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void A_PDF_with_more_pages_than_the_limit_is_refused()
    {
        var finding = Refused(HandMadePdf.TextPages(3), TextRules.LimitExceeded.Id, English with { MaxPages = 2 });
        Assert.Contains("3 pages", finding.Message);
        Assert.Contains("2", finding.Message);
    }

    [Fact]
    public void A_PDF_with_more_objects_than_the_limit_is_refused()
    {
        var finding = Refused(HandMadePdf.TextPages(3), TextRules.LimitExceeded.Id, English with { MaxObjects = 4 });
        Assert.Contains("objects", finding.Message);
    }

    [Fact]
    public void A_PDF_larger_than_the_document_limit_is_refused_before_it_is_opened()
    {
        var pdf = HandMadePdf.TextPages(1);
        Assert.Equal(TextRules.LimitExceeded.Id, Refused(pdf, TextRules.LimitExceeded.Id, English with { MaxDocumentBytes = pdf.Length - 1 }).RuleId);
    }
}
