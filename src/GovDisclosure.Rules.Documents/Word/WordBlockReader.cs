using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Word;

/// <summary>
/// Reads a .docx's body into blocks, in body order: each paragraph a paragraph block at <see cref="SourcePlace.AtParagraph"/>
/// (paragraphs of the body counted from 1, tables' paragraphs not counted); each table row a row block with one cell per
/// grid column, gridSpan and vMerge resolved, each cell at <see cref="SourcePlace.InTable"/> of the cell it comes from.
/// Runs are joined; tracked changes read as if accepted (insertions in, deletions and moved-from text out); content
/// controls are read through; a soft break starts a new line; a field reads as its result; a cell's paragraphs are
/// joined by line breaks, and a table inside a cell is read into the cell's text.
/// </summary>
/// <remarks>
/// One forward pass over the main part with an <see cref="XmlReader"/>, names matched by namespace (transitional or ISO
/// strict WordprocessingML). Alternate content (mc:AlternateContent) reads as its first choice, else its fallback — the
/// two hold the same text for different readers. A symbol (w:sym), a soft hyphen and a positional tab add nothing; a
/// no-break hyphen is a hyphen.
/// </remarks>
internal sealed class WordBlockReader
{
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly XmlReader xml;
    private readonly List<ReportBlock> blocks = [];
    private readonly GridBudget budget;
    private int paragraphs;
    private int tables;

    private WordBlockReader(XmlReader xml, DocumentImportOptions options)
    {
        this.xml = xml;
        budget = new GridBudget(options);
    }

    /// <summary>Reads a checked package (<see cref="WordPackage.Check"/>) into blocks.</summary>
    internal static IReadOnlyList<ReportBlock> Read(byte[] bytes, DocumentImportOptions options)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        using var xml = XmlReader.Create(WordPackage.Open(WordPackage.MainPartOf(zip, options), options), WordPackage.ReaderSettings);
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "document" || !WordPackage.IsWord(xml.NamespaceURI))
        {
            throw WordPackage.Damaged("a main part that is not a document");
        }

        var reader = new WordBlockReader(xml, options);
        var read = false;
        EachChild(xml, () =>
        {
            // The first body is the document's; what follows it is not read.
            if (!read && xml.LocalName == "body" && WordPackage.IsWord(xml.NamespaceURI))
            {
                read = true;
                reader.ReadBlocks();
            }
        });

        return reader.blocks;
    }

    /// <summary>
    /// Moves to the next child element of the element at <paramref name="depth"/>, passing over its descendants (which
    /// is how an element is skipped); false once that element ends.
    /// </summary>
    private static bool NextChild(XmlReader xml, int depth)
    {
        while (xml.Read())
        {
            DocumentWork.Add(1);
            if (xml.Depth <= depth)
            {
                return false;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Calls <paramref name="read"/> on each child element of the current one.</summary>
    private static void EachChild(XmlReader xml, Action read)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (NextChild(xml, depth))
        {
            read();
        }
    }

    /// <summary>Alternate content as the one branch a reader takes: its first choice, else its fallback.</summary>
    private static bool IsAlternateContent(XmlReader xml) => xml.LocalName == "AlternateContent" && xml.NamespaceURI == MarkupCompatibility;

    private static void ReadAlternateContent(XmlReader xml, Action readChild)
    {
        var taken = false;
        EachChild(xml, () =>
        {
            if (!taken && xml.NamespaceURI == MarkupCompatibility && xml.LocalName is "Choice" or "Fallback")
            {
                taken = true;
                EachChild(xml, readChild);
            }
        });
    }

    private void ReadBlocks() => EachChild(xml, ReadBlock);

    private void ReadBlock()
    {
        if (IsAlternateContent(xml))
        {
            ReadAlternateContent(xml, ReadBlock);
            return;
        }

        if (!WordPackage.IsWord(xml.NamespaceURI))
        {
            return;
        }

        switch (xml.LocalName)
        {
            case "p":
                paragraphs++;
                var text = new StringBuilder();
                Gather(xml, text, null);
                if (text.ToString().Trim().Length > 0)
                {
                    blocks.Add(ReportBlock.Paragraph(text.ToString(), SourcePlace.AtParagraph(paragraphs)));
                }

                break;
            case "tbl":
                tables++;
                ReadTable(tables);
                break;
            case "sdt" or "sdtContent" or "customXml" or "ins" or "smartTag":
                ReadBlocks();
                break;
        }
    }

    private void ReadTable(int number)
    {
        var grid = new List<BlockCell?[]>();
        void ReadRows()
        {
            if (IsAlternateContent(xml))
            {
                ReadAlternateContent(xml, ReadRows);
            }
            else if (WordPackage.IsWord(xml.NamespaceURI) && xml.LocalName == "tr")
            {
                ReadRow(number, grid);
            }
            else if (WordPackage.IsWord(xml.NamespaceURI) && xml.LocalName is "sdt" or "sdtContent" or "customXml" or "ins")
            {
                EachChild(xml, ReadRows);
            }
        }

        EachChild(xml, ReadRows);
    }

    private void ReadRow(int number, List<BlockCell?[]> grid)
    {
        long? before = null;
        var cells = new List<(string Text, long Span, bool Continues)>();
        void ReadCells()
        {
            if (!WordPackage.IsWord(xml.NamespaceURI))
            {
                return;
            }

            switch (xml.LocalName)
            {
                case "trPr" when before is null:
                    before = 0;
                    EachChild(xml, () =>
                    {
                        if (xml.LocalName == "gridBefore" && WordPackage.IsWord(xml.NamespaceURI) && before == 0)
                        {
                            before = Integer(Val(xml), 0);
                        }
                    });
                    break;
                case "tc":
                    cells.Add(ReadCell(xml));
                    break;
                case "sdt" or "sdtContent" or "customXml":
                    EachChild(xml, ReadCells);
                    break;
            }
        }

        EachChild(xml, ReadCells);

        var r = grid.Count;
        var line = new List<BlockCell?>();
        for (var k = 0; k < budget.Span((before ?? 0) + 1) - 1; k++)
        {
            line.Add(null);
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var span = budget.Span(cells[c].Span);
            budget.Spend(span);
            DocumentWork.Add(span);
            var column = line.Count;
            var above = cells[c].Continues && r > 0 && column < grid[r - 1].Length ? grid[r - 1][column] : null;
            var cell = above ?? new BlockCell(cells[c].Text, SourcePlace.InTable(number, r + 1, c + 1));
            for (var k = 0; k < span; k++)
            {
                line.Add(cell);
            }
        }

        grid.Add(line.ToArray());
        if (line.Count > 0)
        {
            var rowPlace = SourcePlace.InTable(number, r + 1, 1);
            blocks.Add(ReportBlock.TableRow(line.Select(c => c ?? new BlockCell("", rowPlace)).ToArray()));
        }
    }

    /// <summary>A cell: its first properties' gridSpan and vMerge, and its paragraphs (nested tables' too), one line each.</summary>
    private static (string Text, long Span, bool Continues) ReadCell(XmlReader xml)
    {
        long span = 1;
        var continues = false;
        var properties = false;
        var lines = new List<StringBuilder>();
        EachChild(xml, () =>
        {
            if (!properties && xml.LocalName == "tcPr" && WordPackage.IsWord(xml.NamespaceURI))
            {
                properties = true;
                bool seenSpan = false, seenMerge = false;
                EachChild(xml, () =>
                {
                    if (!WordPackage.IsWord(xml.NamespaceURI))
                    {
                        return;
                    }

                    if (xml.LocalName == "gridSpan" && !seenSpan)
                    {
                        seenSpan = true;
                        span = Integer(Val(xml), 1);
                    }
                    else if (xml.LocalName == "vMerge" && !seenMerge)
                    {
                        seenMerge = true;

                        // No value continues the merge above, as does "continue"; "restart" starts one.
                        continues = Val(xml) switch
                        {
                            null or "continue" => true,
                            "restart" => false,
                            var other => throw new FormatException("vMerge " + other),
                        };
                    }
                });
                return;
            }

            GatherElement(xml, null, lines);
        });

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            DocumentWork.Add(1);
            var trimmed = line.ToString().Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(trimmed);
        }

        return (text.ToString(), span, continues);
    }

    /// <summary>
    /// Gathers the text of the current element's children: into <paramref name="text"/>, or, when
    /// <paramref name="lines"/> is given (a cell), each paragraph at any depth into a line of its own, in document order.
    /// </summary>
    private static void Gather(XmlReader xml, StringBuilder? text, List<StringBuilder>? lines) =>
        EachChild(xml, () => GatherElement(xml, text, lines));

    private static void GatherElement(XmlReader xml, StringBuilder? text, List<StringBuilder>? lines)
    {
        if (IsAlternateContent(xml))
        {
            ReadAlternateContent(xml, () => GatherElement(xml, text, lines));
            return;
        }

        // Deleted and moved-from text, a field's instruction and formatting are not the text (in any namespace).
        if (xml.LocalName is "del" or "moveFrom" or "delText" or "instrText" or "delInstrText" or "pPr" or "rPr")
        {
            return;
        }

        if (!WordPackage.IsWord(xml.NamespaceURI))
        {
            Gather(xml, text, lines);
            return;
        }

        switch (xml.LocalName)
        {
            case "t":
                AppendText(xml, text);
                break;
            case "tab":
                text?.Append('\t');
                break;
            case "br" or "cr":
                text?.Append('\n');
                break;
            case "noBreakHyphen":
                text?.Append('-');
                break;
            case "sym" or "softHyphen" or "ptab":
                break;
            case "p" when lines is not null:
                var line = new StringBuilder();
                lines.Add(line);
                Gather(xml, line, lines);
                break;
            default:
                Gather(xml, text, lines);
                break;
        }
    }

    private static void AppendText(XmlReader xml, StringBuilder? text)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            DocumentWork.Add(1);
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                DocumentWork.Add(xml.Value.Length);
                text?.Append(xml.Value);
            }
        }
    }

    private static string? Val(XmlReader xml) => xml.GetAttribute("val", xml.NamespaceURI);

    /// <summary>A decimal number attribute, <paramref name="absent"/> when there is none; one that is not a number makes the document damaged, as Word holds it.</summary>
    private static long Integer(string? value, long absent) =>
        value is null ? absent
        : long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number
        : throw new FormatException("not a number: " + value);
}
