using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the blocks of one table (A, B or C) into the figures of the report. Rows are matched by their labels through
/// the form, searching forward from the last row found, so rows come in the order of the form and a short label such as
/// 3.其他 is only ever the next row of that name. A row's figures may come with its label, or after it over any number
/// of blocks — one cell a line, as a browser copies an HTML table — and table C's may come without labels, its rows in
/// the order of the form. Every row is read at most once; each problem becomes a GDT finding.
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

    // The figures read so far for the pending row (its label seen, its figures still coming), and where each stands.
    private readonly List<string> waitingCells = [];
    private readonly List<SourcePlace> waitingPlaces = [];
    private int cursor;
    private int pending = -1;

    // Table C's unlabelled figures run on from the pending row into the rows after it.
    private bool pendingRunsOn;
    private SourcePlace? lastPlace;
    private SourcePlace? skippedFirstPlace;
    private string skippedFirstText = "";
    private int skippedCount;

    // Where the figures of the last row read whole stood in its line, and how many cells that line had: a later line of
    // as many cells puts its figures in the same columns, so its blank cells are placed wherever they are.
    private int gridFigureStart = -1;
    private int gridCells = -1;

    // Where table A's 2019 header stood, once one was seen: the rest of the table is read as that layout.
    private SourcePlace? oldLayoutAt;

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
        var place = block.Place;
        var line = block.Kind == BlockKind.TableRow ? TableLine.Parse(block.Cells) : TableLine.Parse(text, place);
        if (line.IsSeparator)
        {
            return;
        }

        lastPlace = place;
        if (oldLayoutAt is not null)
        {
            ReadOld(line, place);
            return;
        }

        if (line.IsProse)
        {
            Skip(place, text);
            return;
        }

        if (table == ReportForm.ProactiveDisclosureTable && line.Figures.Count == 0 && SupersededTableA.IsOldHeader(line.Labels))
        {
            Interrupt();
            EndSkipped();
            oldLayoutAt = place;
            return;
        }

        if (line.Labels.Count == 0)
        {
            if (line.Figures.Count == 0)
            {
                // Only empty cells (“| |||”): blank figures of the pending row, or of table C's rows when they are as many
                // or copied one cell a line; else the opening | of a row, or nothing.
                if (pending >= 0 && line.AllCells.Count > 0)
                {
                    Feed(line.AllCells, line.AllPlaces, place);
                }
                else if (line.AllCells.Count > 0 && rowsMayGoUnlabelled && (line.AllCells.Count == Capacity(FirstUnread()) || text.IndexOf('|') >= 0))
                {
                    ReadUnlabelled(place, text, line);
                }

                return;
            }

            EndSkipped();
            if (pending >= 0)
            {
                Feed(line.Figures, line.FigurePlaces, place);
            }
            else
            {
                ReadUnlabelled(place, text, line);
            }

            return;
        }

        var (row, labelCells) = Match(line);
        if (row < 0)
        {
            Interrupt();
            if (line.Figures.Count > 0 || !(RowLabels.IsHeader(line.Labels) || RowLabels.IsHeaderFragment(line.Labels)))
            {
                Skip(place, text);
            }
            else
            {
                NoteColumns(line);
            }

            return;
        }

        Interrupt();
        Commit(row);
        EndSkipped();
        places.SetPlace(table.Rows[row].Pointer, line.LabelPlaces[0]);
        if (labelCells < line.Labels.Count)
        {
            // Labels after the row's name stand where figures should: the row's figures are not numbers.
            Assign(row, [.. line.Labels.Skip(labelCells), .. line.Figures], [.. line.LabelPlaces.Skip(labelCells), .. line.FigurePlaces], place);
        }
        else
        {
            ReadRow(row, line, place);
        }
    }

    /// <summary>
    /// Reads the cells after a row's labels. Figures that fill the row are its figures. Fewer, with empty cells beside
    /// them, are placed as the columns of the last whole row of as many cells show, or where only one side has room; an
    /// empty row of at least the row's width is all blanks. A label alone, or a label with the first of its figures,
    /// waits for the rest on the next blocks.
    /// </summary>
    private void ReadRow(int row, TableLine line, SourcePlace place)
    {
        var width = table.Rows[row].Cells.Count;
        var rest = line.AllCells.Count - line.LabelEnd;
        if (line.Figures.Count == 0)
        {
            if (rest >= width)
            {
                AssignRange(row, line, line.AllCells.Count - width, width, place);
                return;
            }

            labelOnlyAt[row] = place;
            Wait(row, runsOn: false);
            return;
        }

        var first = IndexOf(line, line.FigurePlaces[0], line.LabelEnd);
        var span = line.Figures.Count;
        var lead = first - line.LabelEnd;
        var trail = line.AllCells.Count - (first + span);
        if (span >= width)
        {
            Remember(first, line.AllCells.Count, span == width);
            Assign(row, line.Figures, line.FigurePlaces, place);
            return;
        }

        var need = width - span;
        if (line.AllCells.Count == gridCells && gridFigureStart >= line.LabelEnd && gridFigureStart <= first && gridFigureStart + width >= first + span)
        {
            AssignRange(row, line, gridFigureStart, width, place);
        }
        else if (trail == 0 && lead >= need)
        {
            AssignRange(row, line, first - need, width, place);
        }
        else if (lead == 0 && trail >= need)
        {
            AssignRange(row, line, first, width, place);
        }
        else if (lead == 0 && trail == 0)
        {
            Wait(row, runsOn: false);
            Feed(line.Figures, line.FigurePlaces, place);
        }
        else
        {
            done[row] = true;
            diagnostics.Add(TextRules.BadFigures, place, table.Rows[row].Pointer, RowLabel(table.Rows[row]), Unplaced(table.Rows[row], span));
        }
    }

    private void AssignRange(int row, TableLine line, int start, int count, SourcePlace place) =>
        Assign(row, line.AllCells.Skip(start).Take(count).ToArray(), line.AllPlaces.Skip(start).Take(count).ToArray(), place);

    private void Remember(int figureStart, int cells, bool whole)
    {
        if (whole)
        {
            gridFigureStart = figureStart;
            gridCells = cells;
        }
    }

    private static int IndexOf(TableLine line, SourcePlace place, int from)
    {
        for (var i = from; i < line.AllPlaces.Count; i++)
        {
            if (ReferenceEquals(line.AllPlaces[i], place))
            {
                return i;
            }
        }

        return from;
    }

    /// <summary>Starts waiting for the figures of a row.</summary>
    private void Wait(int row, bool runsOn)
    {
        pending = row;
        pendingRunsOn = runsOn;
        waitingCells.Clear();
        waitingPlaces.Clear();
    }

    /// <summary>Adds figures to the pending row; a row once full is read, and table C runs on into its next rows.</summary>
    private void Feed(IReadOnlyList<string> cells, IReadOnlyList<SourcePlace> cellPlaces, SourcePlace place)
    {
        waitingCells.AddRange(cells);
        waitingPlaces.AddRange(cellPlaces);
        if (!pendingRunsOn)
        {
            var width = table.Rows[pending].Cells.Count;
            if (waitingCells.Count >= width)
            {
                var row = pending;
                pending = -1;
                Assign(row, waitingCells.ToArray(), waitingPlaces.ToArray(), place);
            }

            return;
        }

        var capacity = Capacity(pending);
        if (waitingCells.Count > capacity)
        {
            diagnostics.Add(TextRules.BadFigures, place, table.Pointer, ImportDiagnostics.Say(table.Title, table.EnglishHeading), WrongCount(capacity, waitingCells.Count));
            for (var r = pending; r < done.Length && !done[r]; r++)
            {
                done[r] = true;
            }

            pending = -1;
            return;
        }

        if (waitingCells.Count == capacity)
        {
            ReadRunOn(place);
        }
    }

    /// <summary>Reads table C's unlabelled figures into its rows, when they make whole rows; else nothing can be placed.</summary>
    private void ReadRunOn(SourcePlace place)
    {
        var fits = 0;
        var rows = 0;
        for (var r = pending; r < done.Length && !done[r] && fits < waitingCells.Count; r++, rows++)
        {
            fits += table.Rows[r].Cells.Count;
        }

        if (fits != waitingCells.Count)
        {
            var capacity = 0;
            for (var r = pending; r < done.Length && !done[r]; r++)
            {
                capacity += table.Rows[r].Cells.Count;
                done[r] = true;
            }

            diagnostics.Add(TextRules.BadFigures, waitingPlaces[0], table.Pointer, ImportDiagnostics.Say(table.Title, table.EnglishHeading), WrongCount(capacity, waitingCells.Count));
            pending = -1;
            return;
        }

        var used = 0;
        for (var k = 0; k < rows; k++)
        {
            var width = table.Rows[pending].Cells.Count;
            places.SetPlace(table.Rows[pending].Pointer, waitingPlaces[used]);
            Assign(pending, waitingCells.Skip(used).Take(width).ToArray(), waitingPlaces.Skip(used).Take(width).ToArray(), place);
            used += width;
            pending++;
        }

        pending = -1;
    }

    /// <summary>Something else comes: a row still short of figures cannot be placed without guessing.</summary>
    private void Interrupt()
    {
        if (pending >= 0 && pendingRunsOn && waitingCells.Count > 0)
        {
            ReadRunOn(waitingPlaces[waitingPlaces.Count - 1]);
        }
        else if (pending >= 0 && waitingCells.Count > 0)
        {
            var row = table.Rows[pending];
            diagnostics.Add(TextRules.BadFigures, waitingPlaces[0], row.Pointer, RowLabel(row), Unplaced(row, waitingCells.Count));
            done[pending] = true;
        }

        pending = -1;
        pendingRunsOn = false;
        waitingCells.Clear();
        waitingPlaces.Clear();
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

    /// <summary>A line of table A in the 2019 layout: only a licensing, punishment or compulsion row carries a 2021 figure.</summary>
    private void ReadOld(TableLine line, SourcePlace place)
    {
        var (row, cell) = SupersededTableA.DecisionOf(table, line);
        if (row < 0 || done[row])
        {
            return;
        }

        done[row] = true;
        var formRow = table.Rows[row];
        places.SetPlace(formRow.Pointer, place);
        if (cell < line.AllCells.Count)
        {
            figures.Read(formRow.Cells[0], line.AllCells[cell], line.AllPlaces[cell]);
        }
        else
        {
            diagnostics.Add(TextRules.BadFigures, place, formRow.Pointer, RowLabel(formRow), WrongCount(SupersededTableA.DecisionColumn, line.AllCells.Count - (cell - SupersededTableA.DecisionColumn) - 1));
        }
    }

    /// <summary>Names, in one GDT007 finding, every 2021 figure a 2019 table A could not carry over (left 0).</summary>
    private void FinishOld(SourcePlace at)
    {
        var lost = new List<object?>();
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (!done[i])
            {
                lost.AddRange(table.Rows[i].Cells.Select(c => ImportDiagnostics.Say(c.Label, c.EnglishLabel)));
            }
        }

        diagnostics.Add(TextRules.SupersededLayout, at, table.Pointer, new PartList("Text.LabelSeparator", lost));
    }

    /// <summary>Reports the rows never read (GDT002, or GDT004 for a label that came without figures) and the lines skipped.</summary>
    internal void Finish(SourcePlace endPlace)
    {
        Interrupt();
        EndSkipped();
        if (oldLayoutAt is not null)
        {
            FinishOld(oldLayoutAt);
            return;
        }

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

    private void ReadUnlabelled(SourcePlace place, string text, TableLine line)
    {
        var first = FirstUnread();
        if (!rowsMayGoUnlabelled || first < 0)
        {
            Skip(place, text);
            return;
        }

        // A line of exactly as many cells as the rows left holds their blanks too, at either end; so does a line of blanks only.
        var whole = line.AllCells.Count == Capacity(first) || line.Figures.Count == 0;
        Wait(first, runsOn: true);
        Feed(whole ? line.AllCells : line.Figures, whole ? line.AllPlaces : line.FigurePlaces, place);
    }

    private int FirstUnread() => System.Array.IndexOf(done, false);

    /// <summary>How many figures the unread rows from a row on hold, up to the next row read.</summary>
    private int Capacity(int from)
    {
        var capacity = 0;
        for (var r = from; r >= 0 && r < done.Length && !done[r]; r++)
        {
            capacity += table.Rows[r].Cells.Count;
        }

        return capacity;
    }

    /// <summary>A header line whose column captions start at some cell shows where the figures of a line of as many cells stand.</summary>
    private void NoteColumns(TableLine line)
    {
        for (var i = 0; i < line.AllCells.Count; i++)
        {
            if (RowLabels.IsColumnCaption(line.AllCells[i]))
            {
                // A header of several lines: the figures start under the leftmost caption of any of them.
                gridFigureStart = gridCells == line.AllCells.Count ? System.Math.Min(gridFigureStart, i) : i;
                gridCells = line.AllCells.Count;
                return;
            }
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

    private static object RowLabel(FormRow row) => ImportDiagnostics.Say(row.Table.Title + " › " + row.QualifiedLabel, row.Table.EnglishHeading + " › " + row.EnglishLabel);

    private static MessagePart WrongCount(int expected, int actual) => ImportDiagnostics.Phrase("Text.WrongCount", expected, actual);

    /// <summary>Too few figures for a row, and the cells that may be the missing ones: its columns, for none can be told.</summary>
    private static MessagePart Unplaced(FormRow row, int found) =>
        ImportDiagnostics.Phrase("Text.Unplaced", WrongCount(row.Cells.Count, found),
            new PartList("Text.ColumnSeparator", row.Cells.Select(c => ImportDiagnostics.Say(c.Column.Label, c.Column.EnglishLabel)).ToArray()));
}
