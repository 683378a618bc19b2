using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Documents.Export;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Export;

/// <summary>
/// The .docx the package writes, read by an independent reader (the Open XML SDK): a valid WordprocessingML document whose
/// body holds the template's paragraphs and tables, cell by cell, in order; and the same report always gives the same bytes.
/// </summary>
public class DocxPackageProperties
{
    public static Arbitrary<AnnualReport> Consistent() => Arb.From(ReportGenerators.ConsistentReport());

    [Property(Arbitrary = new[] { typeof(DocxPackageProperties) }, MaxTest = 20)]
    public void The_sdk_reads_the_template_paragraph_by_paragraph_and_cell_by_cell(AnnualReport report)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(PublishedDocument.ExportDocx(report)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var content = body.ChildElements.Where(e => e is not SectionProperties).ToArray();
        var parts = TemplateLayout.Parts(report);
        Assert.Equal(parts.Count, content.Length);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Rows is { } rows)
            {
                var table = Assert.IsType<Table>(content[i]);
                var expected = rows.Select(r => string.Join("|", r.Select(c => $"{c.Span}:{(c.MergesUp ? "" : c.Text)}")));
                var actual = table.Elements<TableRow>().Select(r => string.Join("|", r.Elements<TableCell>().Select(c => $"{c.TableCellProperties?.GridSpan?.Val?.Value ?? 1}:{c.InnerText}")));
                Assert.Equal(expected, actual);
            }
            else
            {
                Assert.Equal(parts[i].Text, Assert.IsType<Paragraph>(content[i]).InnerText);
            }
        }
    }

    [Fact]
    public void The_seed_docx_is_valid_wordprocessingml_and_written_the_same_every_time()
    {
        var docx = PublishedDocument.ExportDocx(Reports.Seed);
        Assert.Equal(docx, PublishedDocument.ExportDocx(Reports.Seed));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }
}
