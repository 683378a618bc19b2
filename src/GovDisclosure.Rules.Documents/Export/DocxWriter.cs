using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GovDisclosure.Rules.Documents.Export;

/// <summary>
/// Writes the official template as a .docx: the title centred in 小标宋, headings in 黑体, prose in 仿宋 with a two-character
/// indent, and the three tables with borders and their merged cells (gridSpan across, vMerge down) on A4 paper.
/// </summary>
internal static class DocxWriter
{
    // A4 in twentieths of a point, with the margins of a government document.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1440;

    internal static void Write(AnnualReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (var part in TemplateLayout.Parts(report))
        {
            body.Append(part.Rows is { } rows ? Table(rows) : Paragraph(part.Text!, part.Style));
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text, TemplateStyle style)
    {
        var properties = new ParagraphProperties();
        if (style == TemplateStyle.Title)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (style == TemplateStyle.Body)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        var font = style switch { TemplateStyle.Title => "方正小标宋简体", TemplateStyle.Heading => "黑体", _ => "仿宋_GB2312" };
        var size = style == TemplateStyle.Title ? "44" : "32";
        return new Paragraph(properties, Run(text, font, size));
    }

    private static Run Run(string text, string font, string size) =>
        new(
            new RunProperties(new RunFonts { EastAsia = font }, new FontSize { Val = size }),
            new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(TemplateCell[][] rows)
    {
        var width = rows.Max(r => r.Sum(c => c.Span));
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 },
                new LeftBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 })));
        var columnWidth = ((PageWidth - (2 * Margin)) / width).ToString(System.Globalization.CultureInfo.InvariantCulture);
        table.Append(new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = columnWidth })));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            foreach (var cell in rows[r])
            {
                var properties = new TableCellProperties();
                if (cell.Span > 1)
                {
                    properties.Append(new GridSpan { Val = cell.Span });
                }

                var continues = r + 1 < rows.Length && rows[r + 1].Any(c => c.Column == cell.Column && c.MergesUp);
                if (cell.MergesUp)
                {
                    properties.Append(new VerticalMerge());
                }
                else if (continues)
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }

                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var text = cell.MergesUp ? "" : cell.Text;
                row.Append(new TableCell(properties, new Paragraph(
                    new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                    Run(text, "仿宋_GB2312", "21"))));
            }

            table.Append(row);
        }

        return table;
    }
}
