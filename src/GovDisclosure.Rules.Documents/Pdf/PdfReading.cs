using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>
/// Opens a PDF with PdfPig inside the limits and reads each page's glyphs and ruling lines; refuses what cannot be read
/// (encrypted, damaged, no text layer: GDT008) and what is beyond a limit (pages, objects, a stream's decompressed size,
/// nesting, rules on a page, grid cells: GDT009). Whatever PdfPig throws is contained here and becomes a finding.
/// </summary>
internal static class PdfReading
{
    /// <summary>More ruling lines than this on one page is not a report's table but a drawing (or a trap for the table finder).</summary>
    internal const int MaxRulesPerPage = 20_000;

    internal static LoadResult Import(byte[] bytes, DocumentImportOptions options)
    {
        var language = options.Language;
        var filters = new BoundedFilters(options.MaxStreamBytes);
        List<PdfPage> pages;
        try
        {
            pages = Read(bytes, options, filters, out var refusal);
            if (refusal is not null)
            {
                return refusal;
            }
        }
        catch (ImportLimitException limit)
        {
            return Refusal.From(limit, language);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Encrypted(language);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (filters.Exceeded)
            {
                return Refusal.LimitExceeded(language, "Pdf.StreamTooLarge", filters.MaxBytes);
            }

            // PdfPig's word for a damaged file varies with the damage; each means the PDF cannot be read.
            return Refusal.UnreadableKind(language, "Pdf.Damaged");
        }

        return BlockImport.Import(PdfLayout.Blocks(pages), language);
    }

    /// <summary>The blocks a PDF reads as (for tests and tools); null when it is refused.</summary>
    internal static IReadOnlyList<ReportBlock>? Blocks(byte[] bytes, DocumentImportOptions options)
    {
        var pages = Read(bytes, options, new BoundedFilters(options.MaxStreamBytes), out var refusal);
        return refusal is null ? PdfLayout.Blocks(pages) : null;
    }

    private static List<PdfPage> Read(byte[] bytes, DocumentImportOptions options, BoundedFilters filters, out LoadResult? refusal)
    {
        var language = options.Language;
        var pages = new List<PdfPage>();
        refusal = null;
        ReferenceChains.Check(bytes, options.MaxNesting);
        NestingDepth.Check(bytes, options.MaxNesting);
        var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = options.MaxNesting, FilterProvider = filters };
        using var document = PdfDocument.Open(bytes, parsing);
        if (document.IsEncrypted)
        {
            refusal = Encrypted(language);
            return pages;
        }

        var objects = document.Structure.CrossReferenceTable.ObjectOffsets.Count;
        if (objects > options.MaxObjects)
        {
            throw new ImportLimitException("Pdf.Objects", objects, options.MaxObjects);
        }

        var count = document.NumberOfPages;
        if (count > options.MaxPages)
        {
            throw new ImportLimitException("Pdf.Pages", count, options.MaxPages);
        }

        var budget = new GridBudget(options);
        var letters = 0;
        var images = 0;
        for (var number = 1; number <= count; number++)
        {
            var page = document.GetPage(number);
            var glyphs = new List<Glyph>(page.Letters.Count);
            foreach (var letter in page.Letters)
            {
                if (letter.Value.Length == 0)
                {
                    continue;
                }

                var box = letter.BoundingBox;
                var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(box.Height, 1);
                glyphs.Add(new Glyph(letter.Value, Math.Min(box.Left, box.Right), Math.Max(box.Left, box.Right), letter.StartBaseLine.Y, size));
                if (letter.Value.Trim().Length > 0)
                {
                    letters++;
                }
            }

            images += page.NumberOfImages;
            var rules = Rules(page);
            if (rules.Count > MaxRulesPerPage)
            {
                throw new ImportLimitException("Pdf.LinesOnPage", number, MaxRulesPerPage);
            }

            pages.Add(PdfLayout.Page(number, page.Height, glyphs, RuledTable.Find(rules, budget)));
            if (filters.Exceeded)
            {
                throw new ImportLimitException("Pdf.StreamTooLarge", filters.MaxBytes);
            }
        }

        if (letters == 0)
        {
            refusal = images > 0 || count > 0
                ? Refusal.UnreadableKind(language, "Pdf.NoTextLayer")
                : null;
        }

        return pages;
    }

    /// <summary>The page's ruling lines: thin filled boxes (how browsers draw borders) and stroked straight segments.</summary>
    private static List<Rule> Rules(UglyToad.PdfPig.Content.Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (rules.Count > MaxRulesPerPage)
                {
                    return rules;
                }

                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    AddBox(rules, box);
                }

                if (path.IsStroked)
                {
                    AddSegments(rules, subpath);
                }
            }
        }

        return rules;
    }

    private static void AddBox(List<Rule> rules, PdfRectangle box)
    {
        var width = Math.Abs(box.Width);
        var height = Math.Abs(box.Height);
        if (height <= 3 && width > 3 * height && width > 3)
        {
            rules.Add(new Rule(true, (box.Top + box.Bottom) / 2, box.Left, box.Right));
        }
        else if (width <= 3 && height > 3 * width && height > 3)
        {
            rules.Add(new Rule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
        }
    }

    private static void AddSegments(List<Rule> rules, PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? at = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = at = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Segment(rules, line.From, line.To);
                    at = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when start is { } s && at is { } a:
                    Segment(rules, a, s);
                    at = s;
                    break;
            }
        }
    }

    private static void Segment(List<Rule> rules, PdfPoint from, PdfPoint to)
    {
        if (Math.Abs(from.Y - to.Y) < 1 && Math.Abs(from.X - to.X) > 3)
        {
            rules.Add(new Rule(true, (from.Y + to.Y) / 2, from.X, to.X));
        }
        else if (Math.Abs(from.X - to.X) < 1 && Math.Abs(from.Y - to.Y) > 3)
        {
            rules.Add(new Rule(false, (from.X + to.X) / 2, from.Y, to.Y));
        }
    }

    private static LoadResult Encrypted(MessageLanguage language) =>
        Refusal.UnreadableKind(language, "Pdf.Encrypted");
}
