using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace GovDisclosure.Rules.Cli.Tests;

/// <summary>validate and import take a .pdf, in a folder or by name, and read it as a PDF (recognised by its content).</summary>
public class PdfInputTests
{
    [Fact]
    public void A_pdf_in_a_folder_is_validated_and_a_pdf_by_any_name_is_imported_as_a_pdf()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-pdf-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var pdf = Path.Combine(folder, "report.pdf");
            File.WriteAllBytes(pdf, TextPdf("Annual report"));
            var validate = CliRun.InProcess("validate", folder);
            Assert.Equal(1, validate.ExitCode);
            Assert.Contains("report.pdf", validate.Stdout);
            Assert.DoesNotContain("GDT008", validate.Stdout);

            var renamed = Path.Combine(folder, "report.bin");
            File.WriteAllBytes(renamed, Encoding.ASCII.GetBytes("%PDF-1.7\n% not really\n"));
            var import = CliRun.InProcess("import", renamed);
            Assert.Equal(1, import.ExitCode);
            Assert.Contains("PDF", import.Stdout + import.Stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A one-page PDF drawing a line of text in Helvetica, its cross-reference table right.</summary>
    private static byte[] TextPdf(string text)
    {
        var content = $"BT /F1 12 Tf 72 700 Td ({text}) Tj ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
