using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovDisclosure.Rules.Documents.Tests;

/// <summary>Builds .docx test inputs in code with the Open XML SDK.</summary>
internal static class WordDocuments
{
    /// <summary>A document of the given body elements.</summary>
    internal static byte[] Of(params OpenXmlElement[] elements)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(elements));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>Lines of text as a document: a line with tabs is a table row (consecutive ones one table), any other a paragraph.</summary>
    internal static byte[] FromLines(IEnumerable<string> lines)
    {
        var elements = new List<OpenXmlElement>();
        Table? table = null;
        foreach (var line in lines)
        {
            if (line.Contains('\t'))
            {
                if (table is null)
                {
                    table = new Table();
                    elements.Add(table);
                }

                table.Append(Row(line.Split('\t')));
                continue;
            }

            table = null;
            elements.Add(Para(line));
        }

        return Of(elements.ToArray());
    }

    internal static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    internal static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Para(c))));

    internal static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null, bool continues = false)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } restart)
        {
            properties.Append(new VerticalMerge { Val = restart });
        }
        else if (continues)
        {
            properties.Append(new VerticalMerge());
        }

        return new TableCell(properties, Para(text));
    }
}
