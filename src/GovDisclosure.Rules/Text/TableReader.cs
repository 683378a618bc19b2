using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the lines of one table (A, B or C) into the figures of the report. Rows are matched by their labels through
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
    private readonly int[] labelOnlyAt;
    private readonly int[] passedAt;
    private readonly bool rowsMayGoUnlabelled;
    private int cursor;
    private int pending = -1;
    private int lastLine;
    private int skippedFirstLine;
    private string skippedFirstText = "";
    private int skippedCount;

    internal TableReader(FormTable table, Figures figures, SourceMap places, ImportDiagnostics diagnostics)
    {
        this.table = table;
        this.figures = figures;
        this.places = places;
        this.diagnostics = diagnostics;
        done = new bool[table.Rows.Count];
        labelOnlyAt = new int[table.Rows.Count];
        passedAt = new int[table.Rows.Count];

        // Published reports print table C as header lines and one line of fifteen numbers, its rows in the order of the form.
        rowsMayGoUnlabelled = table == ReportForm.ReviewsAndLitigationTable;
    }

    /// <summary>Reads one line of the table.</summary>
    internal void Read(int number, string text)
    {
        if (text.Trim().Length == 0)
        {
            return;
        }

        lastLine = number;
        var line = TableLine.Parse(text);
        if (line.IsSeparator)
        {
            return;
        }

        var waiting = pending;
        pending = -1;
        if (line.Labels.Count == 0)
        {
            ReadUnlabelled(number, text, line, waiting);
            return;
        }

        var (row, labelCells) = Match(line);
        if (row < 0)
        {
            if (line.Figures.Count > 0 || !RowLabels.IsHeader(line.Labels))
            {
                Skip(number, text);
            }

            return;
        }

        Commit(row);
        EndSkipped();
        places.Set(table.Rows[row].Pointer, number, line.LabelColumns[0]);
        if (line.Figures.Count == 0)
        {
            // A label on its own line: its figures may follow on the next line.
            labelOnlyAt[row] = number;
            pending = row;
        }
        else
        {
            Assign(row, [.. line.Labels.Skip(labelCells), .. line.Figures], [.. line.LabelColumns.Skip(labelCells), .. line.FigureColumns], number);
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
    internal void Finish(int endLine)
    {
        EndSkipped();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (done[i])
            {
                continue;
            }

            var row = table.Rows[i];
            if (labelOnlyAt[i] > 0)
            {
                diagnostics.Add(TextRules.BadFigures, labelOnlyAt[i], row.Pointer, RowLabel(row), WrongCount(row.Cells.Count, 0));
            }
            else
            {
                var line = passedAt[i] > 0 ? passedAt[i] : lastLine > 0 ? lastLine : endLine;
                diagnostics.Add(TextRules.RowNotFound, line, row.Pointer, RowLabel(row));
            }
        }
    }

    private void ReadUnlabelled(int number, string text, TableLine line, int waiting)
    {
        var cells = line.Figures;
        if (waiting >= 0)
        {
            EndSkipped();
            Assign(waiting, cells, line.FigureColumns, number);
            return;
        }

        var first = System.Array.IndexOf(done, false);
        if (!rowsMayGoUnlabelled || first < 0)
        {
            Skip(number, text);
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
            diagnostics.Add(TextRules.BadFigures, number, table.Pointer, Say(table.Title, table.EnglishHeading), WrongCount(width * (free - first), cells.Count));
            for (var i = first; i < free; i++)
            {
                done[i] = true;
            }

            return;
        }

        for (var r = 0; r < rows; r++)
        {
            places.Set(table.Rows[first + r].Pointer, number, line.FigureColumns[r * width]);
            Assign(first + r, cells.Skip(r * width).Take(width).ToArray(), line.FigureColumns.Skip(r * width).Take(width).ToArray(), number);
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
            passedAt[i] = passedAt[i] > 0 ? passedAt[i] : lastLine;
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

    private void Assign(int index, IReadOnlyList<string> cells, IReadOnlyList<int> columns, int number)
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
            diagnostics.Add(TextRules.BadFigures, number, row.Pointer, RowLabel(row), WrongCount(row.Cells.Count, count));
            return;
        }

        for (var c = 0; c < count; c++)
        {
            figures.Read(row.Cells[c], cells[c], number, columns[c]);
        }
    }

    private void Skip(int number, string text)
    {
        if (skippedCount++ == 0)
        {
            skippedFirstLine = number;
            skippedFirstText = ImportDiagnostics.Quote(text);
        }
    }

    private void EndSkipped()
    {
        if (skippedCount > 0)
        {
            diagnostics.Add(TextRules.LineSkipped, skippedFirstLine, table.Pointer, skippedFirstText, skippedCount);
            skippedCount = 0;
        }
    }

    private string RowLabel(FormRow row) => Say(row.Table.Title + " › " + row.QualifiedLabel, row.Table.EnglishHeading + " › " + row.EnglishLabel);

    private string WrongCount(int expected, int actual) =>
        Say($"应有 {expected} 个数字，实有 {actual} 个", $"expected {expected} figures, found {actual}");

    private string Say(string chinese, string english) => diagnostics.Say(chinese, english);
}
