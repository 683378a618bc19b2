using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GovDisclosure.Rules.Documents.Word;

/// <summary>
/// Reads a .docx's body into blocks, in body order: each paragraph a paragraph block at <see cref="SourcePlace.AtParagraph"/>
/// (paragraphs of the body counted from 1, tables' paragraphs not counted); each table row a row block with one cell per
/// grid column, gridSpan and vMerge resolved, each cell at <see cref="SourcePlace.InTable"/> of the cell it comes from.
/// Runs are joined; tracked changes read as if accepted (insertions in, deletions and moved-from text out); content
/// controls are read through; a soft break starts a new line; a field reads as its result; a cell's paragraphs are
/// joined by line breaks, and a table inside a cell is read into the cell's text.
/// </summary>
internal sealed class WordBlockReader
{
    private readonly List<ReportBlock> blocks = [];
    private readonly GridBudget budget;
    private int paragraphs;
    private int tables;

    private WordBlockReader(DocumentImportOptions options) => budget = new GridBudget(options);

    /// <summary>Reads a checked package (<see cref="WordPackage.Check"/>) into blocks.</summary>
    internal static IReadOnlyList<ReportBlock> Read(byte[] bytes, DocumentImportOptions options)
    {
        var settings = new OpenSettings { MaxCharactersInPart = options.MaxPartBytes };
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
        var reader = new WordBlockReader(options);
        if (document.MainDocumentPart?.Document?.Body is { } body)
        {
            reader.ReadBlocks(body);
        }

        return reader.blocks;
    }

    private void ReadBlocks(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            DocumentWork.Add(1);
            switch (element)
            {
                case Paragraph paragraph:
                    paragraphs++;
                    var text = ParagraphText(paragraph);
                    if (text.Trim().Length > 0)
                    {
                        blocks.Add(ReportBlock.Paragraph(text, SourcePlace.AtParagraph(paragraphs)));
                    }

                    break;
                case Table table:
                    tables++;
                    ReadTable(table, tables);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock or InsertedRun:
                    ReadBlocks(element);
                    break;
                case SdtProperties or SdtEndCharProperties or SectionProperties:
                    break;
                default:
                    if (element.LocalName is "ins" or "sdt" or "sdtContent" or "customXml" or "smartTag")
                    {
                        ReadBlocks(element);
                    }

                    break;
            }
        }
    }

    private void ReadTable(Table table, int number)
    {
        var rows = Rows(table).ToArray();
        var grid = new List<BlockCell?[]>(rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var line = new List<BlockCell?>();
            var skip = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var k = 0; k < budget.Span(skip + 1) - 1; k++)
            {
                line.Add(null);
            }

            var cells = Cells(rows[r]).ToArray();
            for (var c = 0; c < cells.Length; c++)
            {
                var properties = cells[c].TableCellProperties;
                var span = budget.Span(properties?.GridSpan?.Val?.Value ?? 1);
                budget.Spend(span);
                DocumentWork.Add(span);
                var column = line.Count;
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var above = continues && r > 0 && column < grid[r - 1].Length ? grid[r - 1][column] : null;
                var cell = above ?? new BlockCell(CellText(cells[c]), SourcePlace.InTable(number, r + 1, c + 1));
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
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var element in table.ChildElements)
        {
            if (element is TableRow row)
            {
                yield return row;
            }
            else if (element is SdtRow or SdtContentRow or CustomXmlRow || element.LocalName == "ins")
            {
                foreach (var inner in Rows(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var element in row.ChildElements)
        {
            if (element is TableCell cell)
            {
                yield return cell;
            }
            else if (element is SdtCell or SdtContentCell or CustomXmlCell)
            {
                foreach (var inner in Cells(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            DocumentWork.Add(1);
            var line = ParagraphText(paragraph, nested: false);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line.Trim());
        }

        return text.ToString();
    }

    /// <summary>A paragraph's text: its runs joined, as if every tracked change were accepted.</summary>
    internal static string ParagraphText(Paragraph paragraph, bool nested = true)
    {
        var text = new StringBuilder();
        Append(paragraph, text, nested);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text, bool nested)
    {
        foreach (var child in element.ChildElements)
        {
            DocumentWork.Add(1);
            switch (child)
            {
                case WordText t:
                    DocumentWork.Add(t.Text.Length);
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case DeletedRun or MoveFromRun or DeletedText or ParagraphProperties or RunProperties or FieldCode or DeletedFieldCode:
                    break;
                case Paragraph when !nested:
                    // A cell's paragraphs are read one by one by the cell.
                    break;
                default:
                    if (child.LocalName is "del" or "moveFrom" or "delText" or "instrText" or "pPr" or "rPr")
                    {
                        break;
                    }

                    Append(child, text, nested);
                    break;
            }
        }
    }
}
