using System.Collections.Generic;

namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>What one page holds once read: its lines of free text (outside tables), top first, and its ruled tables.</summary>
internal sealed class PdfPage
{
    internal PdfPage(int number, double height, List<TextLine> lines, List<RuledTable> tables)
    {
        Number = number;
        Height = height;
        Lines = lines;
        Tables = tables;
    }

    internal int Number { get; }

    internal double Height { get; }

    internal List<TextLine> Lines { get; }

    internal List<RuledTable> Tables { get; }
}
