using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Documents.Import;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Pdf;

/// <summary>
/// The PDF importer is linear in its input: the work it counts (<see cref="DocumentWork"/>: glyphs read and gathered into
/// lines, ruling lines read and compared, grid cells resolved, glyphs placed in cells, lines cut into cells and joined to
/// rows, and the core matcher's characters) at most roughly doubles when the pages, the rows of a table or the glyphs of
/// the text double. The PDFs are written here, a ruled table or one without rules and lines of text on each page, so no
/// browser is needed. Counted, never timed: quadratic work would come out four times as large.
/// </summary>
public class PdfLinearWorkProperties
{
    // Linear work is a·n + b; b is the fixed part (the document's frame, the matcher's search for a heading …).
    private const double Allowance = 2.2;

    private const double RowHeight = 16;

    private const double ColumnWidth = 64;

    private const double Left = 40;

    /// <summary>How a table's borders are drawn.</summary>
    public enum Borders
    {
        /// <summary>No borders: cells parted by gaps.</summary>
        None,

        /// <summary>Stroked lines across the whole table.</summary>
        Lines,

        /// <summary>Thin filled boxes on each edge of each cell, as a browser draws borders.</summary>
        Boxes,
    }

    /// <summary>A table's size and how it is drawn: rows, columns, its borders, the letters of a cell, and the lines of prose above it.</summary>
    public sealed record Layout(int Rows, int Columns, Borders Ruled, int Letters, int ProseLines, int Tables = 1);

    private static readonly Arbitrary<Layout> Layouts =
        (from rows in Gen.Choose(8, 30)
         from columns in Gen.Choose(2, 6)
         from ruled in Gen.Elements(Borders.None, Borders.Lines, Borders.Boxes)
         from letters in Gen.Choose(2, 6)
         from prose in Gen.Choose(2, 12)
         select new Layout(rows, columns, ruled, letters, prose)).ToArbitrary();

    [Fact]
    public void Twice_the_pages_at_most_double_the_work() =>
        Prop.ForAll(Layouts, Gen.Choose(1, 4).ToArbitrary(), (layout, pages) =>
            AssertAtMostDoubled($"{pages} pages of {layout}", Document(Enumerable.Repeat(layout, pages).ToList()), Document(Enumerable.Repeat(layout, 2 * pages).ToList())))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(12));

    [Fact]
    public void Twice_the_rows_of_a_table_at_most_double_the_work() =>
        Prop.ForAll(Layouts, layout =>
        {
            var single = Document([layout with { Rows = 4 * layout.Rows }]);

            // The table is read as one, ruled or not: every row of it a table row.
            var blocks = GovDisclosure.Rules.Documents.Pdf.PdfReading.Blocks(single, DocumentImportOptions.Default)!;
            Assert.Equal(4 * layout.Rows, blocks.Count(b => b.Kind == GovDisclosure.Rules.Text.BlockKind.TableRow));
            AssertAtMostDoubled($"rows of {layout}", single, Document([layout with { Rows = 8 * layout.Rows }]));
        })
        .Check(Config.QuickThrowOnFailure.WithMaxTest(12));

    [Fact]
    public void Twice_the_glyphs_of_the_text_at_most_double_the_work() =>
        Prop.ForAll(Layouts, layout =>
            AssertAtMostDoubled($"glyphs of {layout}",
                Document([layout with { Letters = 4 * layout.Letters, ProseLines = 4 * layout.ProseLines }]),
                Document([layout with { Letters = 8 * layout.Letters, ProseLines = 8 * layout.ProseLines }])))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(12));

    [Fact]
    public void Twice_the_tables_on_a_page_at_most_double_the_work() =>
        Prop.ForAll(Layouts, layout =>
            AssertAtMostDoubled($"tables of {layout}", Document([layout with { Tables = 4 }]), Document([layout with { Tables = 8 }])))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(12));

    /// <summary>The work counted importing a PDF; it must have read something, within every limit.</summary>
    private static long Work(byte[] pdf)
    {
        var before = DocumentWork.Counted;
        var result = PublishedDocument.Import(pdf);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "GDT008" or "GDT009");
        return DocumentWork.Counted - before;
    }

    private static void AssertAtMostDoubled(string what, byte[] single, byte[] twice)
    {
        var (a, b) = (Work(single), Work(twice));
        Assert.True(a >= 1000, $"{what}: {a} counted for {single.Length} bytes: the count misses the importer's work");
        Assert.True(b <= Allowance * a, $"{what}: {a} counted for {single.Length} bytes, {b} for {twice.Length} ({(double)b / a:0.00}×)");
    }

    /// <summary>A PDF of one page a layout, each page as tall as its table and text need.</summary>
    private static byte[] Document(IReadOnlyList<Layout> pages)
    {
        var kids = string.Join(" ", pages.Select((_, i) => $"{4 + (2 * i)} 0 R"));
        var objects = new List<byte[]>
        {
            HandMadePdf.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            HandMadePdf.Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>"),
            HandMadePdf.Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"),
        };
        foreach (var layout in pages)
        {
            var (content, width, height) = Page(layout);
            objects.Add(HandMadePdf.Ascii(FormattableString.Invariant(
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents {objects.Count + 2} 0 R /Resources << /Font << /F1 3 0 R >> >> >>")));
            objects.Add(HandMadePdf.Stream(HandMadePdf.Ascii(content)));
        }

        return HandMadePdf.Build(objects);
    }

    /// <summary>A heading, lines of prose, then the tables: a label column and figure columns, ruled or parted by gaps.</summary>
    private static (string Content, double Width, double Height) Page(Layout layout)
    {
        // Courier at 10 points is 6 points a letter: a cell holds its letters with a gap before the next column.
        var cellWidth = System.Math.Max(ColumnWidth, (6 * layout.Letters) + 16);
        // Prose lines of a fixed length, so that twice the lines are twice the glyphs.
        const int proseLetters = 60;
        var width = (2 * Left) + System.Math.Max(cellWidth * (layout.Columns + 1), (6 * proseLetters) + 6);
        var height = 120 + (14 * layout.ProseLines) + (layout.Tables * ((RowHeight * layout.Rows) + 30));
        var content = new StringBuilder();
        var y = height - 60;
        Text(content, Left, y, "Annual report");
        for (var line = 0; line < layout.ProseLines; line++)
        {
            y -= 14;
            Text(content, Left, y, Letters(line, proseLetters));
        }

        for (var table = 0; table < layout.Tables; table++)
        {
            Table(content, layout, y - 30 - (table * ((RowHeight * layout.Rows) + 30)), cellWidth);
        }

        return (content.ToString(), width, height);
    }

    private static void Table(StringBuilder content, Layout layout, double top, double cellWidth)
    {
        for (var row = 0; row < layout.Rows; row++)
        {
            var baseline = top - (row * RowHeight) - 12;
            Text(content, Left + 4, baseline, "Row " + Letters(row, layout.Letters));
            for (var column = 1; column <= layout.Columns; column++)
            {
                Text(content, Left + (column * cellWidth) + 4, baseline, ((row * 7) + column).ToString(CultureInfo.InvariantCulture).PadLeft(layout.Letters, '1'));
            }
        }

        if (layout.Ruled == Borders.Boxes)
        {
            for (var row = 0; row < layout.Rows; row++)
            {
                for (var column = 0; column <= layout.Columns; column++)
                {
                    var (x, low) = (Left + (column * cellWidth), top - ((row + 1) * RowHeight));
                    content.Append(FormattableString.Invariant($"{x} {low} {cellWidth} 0.75 re {x} {low + RowHeight - 0.75} {cellWidth} 0.75 re {x} {low} 0.75 {RowHeight} re {x + cellWidth - 0.75} {low} 0.75 {RowHeight} re f\n"));
                }
            }
        }

        if (layout.Ruled == Borders.Lines)
        {
            var right = Left + (cellWidth * (layout.Columns + 1));
            var bottom = top - (layout.Rows * RowHeight);
            for (var row = 0; row <= layout.Rows; row++)
            {
                content.Append(FormattableString.Invariant($"{Left} {top - (row * RowHeight)} m {right} {top - (row * RowHeight)} l S\n"));
            }

            for (var column = 0; column <= layout.Columns + 1; column++)
            {
                content.Append(FormattableString.Invariant($"{Left + (column * cellWidth)} {top} m {Left + (column * cellWidth)} {bottom} l S\n"));
            }
        }
    }

    private static void Text(StringBuilder content, double x, double y, string text) =>
        content.Append(FormattableString.Invariant($"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET\n"));

    /// <summary>Letters that differ from line to line (so no line repeats as a running head).</summary>
    private static string Letters(int seed, int count)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            text.Append((char)('a' + ((seed * 7) + (i * 3)) % 26));
        }

        return text.ToString();
    }
}
