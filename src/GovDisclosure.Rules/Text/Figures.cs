using System.Globalization;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>The figures of the three tables as they are read, by <see cref="FormCell.Index"/>, and where each was read.</summary>
internal sealed class Figures
{
    private readonly long[] counts = new long[ReportForm.Cells.Count];
    private readonly SourceMap places;
    private readonly ImportDiagnostics diagnostics;
    private decimal amount;

    internal Figures(SourceMap places, ImportDiagnostics diagnostics)
    {
        this.places = places;
        this.diagnostics = diagnostics;
    }

    /// <summary>Reads one published cell into a form cell: a number, or a blank mark taken as 0 (GDT003).</summary>
    internal void Read(FormCell cell, string text, SourcePlace place)
    {
        places.SetCell(cell, place);
        if (TableLine.IsBlankMark(text))
        {
            var shown = text.Length == 0 ? ImportDiagnostics.Phrase("Text.Blank") : ImportDiagnostics.Phrase("Text.Quoted", text);
            diagnostics.Add(TextRules.BlankTakenAsZero, place, cell.Pointer, cell, shown);
            return;
        }

        if (cell.Kind == CellKind.Amount)
        {
            if (TableLine.TryReadAmount(text, out var value))
            {
                amount = value;
                return;
            }
        }
        else if (TableLine.TryReadCount(text, out var count) && count <= ReportForm.MaxCount)
        {
            counts[cell.Index] = count;
            return;
        }

        var why = cell.Kind == CellKind.Amount
            ? ImportDiagnostics.Phrase("Text.NotAnAmount", ImportDiagnostics.Quote(text))
            : ImportDiagnostics.Phrase("Text.NotACount", ImportDiagnostics.Quote(text), ReportForm.MaxCount);
        diagnostics.Add(TextRules.BadFigures, place, cell.Pointer, cell, why);
    }

    /// <summary>The report with the figures read.</summary>
    internal AnnualReport ApplyTo(AnnualReport report) => ReportForm.WithFigures(report, counts, amount);
}
