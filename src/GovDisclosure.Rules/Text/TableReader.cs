using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the blocks of one table (A, B or C) into the figures of the report. Rows are matched by their labels through
/// the form, searching forward from the last row found, so rows come in the order of the form and a short label such as
/// 3.其他 is only ever the next row of that name. Every row is read at most once; each problem becomes a GDT finding.
/// </summary>
internal sealed class TableReader
{
    private readonly FormTable table;
    private readonly Figures figures;
    private readonly SourceMap places;
    private readonly ImportDiagnostics diagnostics;
    private readonly bool[] done;
    private readonly SourcePlace?[] labelOnlyAt;
    private readonly SourcePlace?[] passedAt;
    private readonly bool rowsMayGoUnlabelled;
    private int cursor;
    private int pending = -1;
    private SourcePlace? lastPlace;
    private SourcePlace? skippedFirstPlace;
    private string skippedFirstText = "";
    private int skippedCount;

    internal TableReader(FormTable table, Figures figures, SourceMap places, ImportDiagnostics diagnostics)
    {
        this.table = table;
        this.figures = figures;
        this.places = places;
        this.diagnostics = diagnostics;
        done = new bool[table.Rows.Count];
        labelOnlyAt = new SourcePlace?[table.Rows.Count];
        passedAt = new SourcePlace?[table.Rows.Count];

        // Published reports print table C as header lines and one line of fifteen numbers, its rows in the order of the form.
        rowsMayGoUnlabelled = table == ReportForm.ReviewsAndLitigationTable;
    }

    /// <summary>Reads one block of the table: a row of cells, or a paragraph cut at white space.</summary>
    internal void Read(ReportBlock block)
    {
        var text = block.Written;
        if (text.Trim().Length == 0 && block.Cells.Count == 0)
        {
            return;
        }

        var place = block.Place;
        lastPlace = place;
        var line = block.Kind == BlockKind.TableRow ? TableLine.Parse(block.Cells) : TableLine.Parse(text, block.Place);
        if (line.IsSeparator)
        {
            return;
        }

        var waiting = pending;
        pending = -1;
        if (line.Labels.Count == 0)
        {
            ReadUnlabelled(place, text, line, waiting);
            return;
        }

        var (row, labelCells) = Match(line);
        if (row < 0)
        {
            if (line.Figures.Count > 0 || !RowLabels.IsHeader(line.Labels))
            {
                Skip(place, text);
            }

            return;
        }

        Commit(row);
        EndSkipped();
        places.SetPlace(table.Rows[row].Pointer, line.LabelPlaces[0]);
        if (line.Figures.Count == 0)
        {
            // A label on its own line: its figures may follow on the next line.
            labelOnlyAt[row] = place;
            pending = row;
        }
        else
        {
            Assign(row, [.. line.Labels.Skip(labelCells), .. line.Figures], [.. line.LabelPlaces.Skip(labelCells), .. line.FigurePlaces], place);
        }
    }

    /// <summary>
    /// The row a line names, and how many of its label cells name it: all of them, or — on a line that has figures —
    /// the longest run of leading cells that names a row, the cells after it being figures that are not numbers.
    /// </summary>
    private (int Row, int LabelCells) Match(TableLine line)
    {
        var hasFigures = line.Figures.Count > 0;
        var row = Find(Wording.Key(line.Labels), loosely: hasFigures);
        if (row >= 0 || !hasFigures)
        {
            return (row, line.Labels.Count);
        }

        var found = (Row: -1, LabelCells: 0);
        var key = "";
        for (var k = 0; k < line.Labels.Count - 1 && key.Length <= RowLabels.MaxKeyLength; k++)
        {
            key += Wording.Key(line.Labels[k]);
            var shorter = Find(key, loosely: true);
            found = shorter >= 0 ? (shorter, k + 1) : found;
        }

        return found;
    }

    /// <summary>Reports the rows never read (GDT002, or GDT004 for a label that came without figures) and the lines skipped.</summary>
    internal void Finish(SourcePlace endPlace)
    {
        EndSkipped();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            var row = table.Rows[i];
            if (labelOnlyAt[i] is { } labelOnly)
            {
                diagnostics.Add(TextRules.BadFigures, labelOnly, row.Pointer, RowLabel(row), WrongCount(row.Cells.Count, 0));
            }
            else
            {
                var line = passedAt[i] ?? lastPlace ?? endPlace;
                diagnostics.Add(TextRules.RowNotFound, line, row.Pointer, RowLabel(row));
            }
        }
    }

    private void ReadUnlabelled(SourcePlace place, string text, TableLine line, int waiting)
    {
        var cells = line.Figures;
        if (waiting >= 0)
        {
            EndSkipped();
            Assign(waiting, cells, line.FigurePlaces, place);
            return;
        }

        var first = System.Array.IndexOf(done, false);
        if (!rowsMayGoUnlabelled || first < 0)
        {
            Skip(place, text);
            return;
        }

        EndSkipped();
        var width = table.Rows[first].Cells.Count;
        var free = first;
        while (free < done.Length && !done[free])
        {
            free++;
        }

        var rows = cells.Count / width;
        if (cells.Count % width != 0 || rows > free - first)
        {
            diagnostics.Add(TextRules.BadFigures, place, table.Pointer, Say(table.Title, table.EnglishHeading), WrongCount(width * (free - first), cells.Count));
            for (var i = first; i < free; i++)
            {
                done[i] = true;
            }

            return;
        }

        for (var r = 0; r < rows; r++)
        {
            places.SetPlace(table.Rows[first + r].Pointer, line.FigurePlaces[r * width]);
            Assign(first + r, cells.Skip(r * width).Take(width).ToArray(), line.FigurePlaces.Skip(r * width).Take(width).ToArray(), place);
        }
    }

    /// <summary>
    /// The row a label key names, searched forward from the cursor (see <see cref="RowLabels"/>); -1 for none. A label
    /// without figures is matched exactly only: a lone 其他 or 总计 on a line of its own is a column header.
    /// </summary>
    private int Find(string key, bool loosely)
    {
        if (key.Length > RowLabels.MaxKeyLength)
        {
            return -1;
        }

        var rows = table.Rows;
        var found = FirstFrom(cursor, rows.Count, i => RowLabels.IsExactly(rows[i], key));
        if (found < 0)
        {
            found = FirstFrom(0, cursor, i => RowLabels.IsExactly(rows[i], key));
        }

        return found >= 0 || !loosely ? found : FirstFrom(cursor, rows.Count, i => RowLabels.IsLoosely(rows[i], key));
    }

    /// <summary>Moves the cursor past a row found, noting where the rows passed over were missed.</summary>
    private void Commit(int found)
    {
        for (var i = cursor; i < found; i++)
        {
            passedAt[i] ??= lastPlace;
        }

        cursor = System.Math.Max(cursor, found + 1);
    }

    private int FirstFrom(int start, int end, System.Func<int, bool> matches)
    {
        for (var i = start; i < end; i++)
        {
            if (!done[i] && matches(i))
            {
                return i;
            }
        }

        return -1;
    }

    private void Assign(int index, IReadOnlyList<string> cells, IReadOnlyList<SourcePlace> cellPlaces, SourcePlace place)
    {
        done[index] = true;
        var row = table.Rows[index];
        var count = cells.Count;

        // Cells past the row's columns that only hold a blank mark are the greyed-out cells of a narrower row.
        while (count > row.Cells.Count && TableLine.IsBlankMark(cells[count - 1]))
        {
            count--;
        }

        if (count != row.Cells.Count)
        {
            diagnostics.Add(TextRules.BadFigures, place, row.Pointer, RowLabel(row), WrongCount(row.Cells.Count, count));
            return;
        }

        for (var c = 0; c < count; c++)
        {
            figures.Read(row.Cells[c], cells[c], cellPlaces[c]);
        }
    }

    private void Skip(SourcePlace place, string text)
    {
        if (skippedCount++ == 0)
        {
            skippedFirstPlace = place;
            skippedFirstText = ImportDiagnostics.Quote(text);
        }
    }

    private void EndSkipped()
    {
        if (skippedCount > 0)
        {
            diagnostics.Add(TextRules.LineSkipped, skippedFirstPlace!, table.Pointer, skippedFirstText, skippedCount);
            skippedCount = 0;
        }
    }

    private string RowLabel(FormRow row) => Say(row.Table.Title + " › " + row.QualifiedLabel, row.Table.EnglishHeading + " › " + row.EnglishLabel);

    private string WrongCount(int expected, int actual) =>
        Say($"应有 {expected} 个数字，实有 {actual} 个", $"expected {expected} figures, found {actual}");

    private string Say(string chinese, string english) => diagnostics.Say(chinese, english);
}
