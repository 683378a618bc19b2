using FsCheck;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Form;

/// <summary>Reading a report's counts row by row (validation, comparison, aggregation) agrees with reading each cell.</summary>
public class CountReadingTests
{
    [Property]
    public void Every_count_lands_in_its_own_cell_and_is_read_back_there(NonNegativeInt[] noise)
    {
        // A value no other cell has, so that two columns swapped by a row reader or writer cannot go unnoticed.
        var counts = new long[ReportForm.Cells.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = (i * 1000L) + (noise.Length == 0 ? 0 : noise[i % noise.Length].Get % 1000);
        }

        var report = ReportForm.WithFigures(JsonDocuments.ExampleReport, counts, 1.5m);
        var read = ReportForm.ReadCounts(report);

        foreach (var cell in ReportForm.Cells)
        {
            if (cell.Kind == CellKind.Count)
            {
                Assert.Equal(counts[cell.Index], cell.Count(report));
                Assert.Equal(counts[cell.Index], read[cell.Index]);
            }
            else
            {
                Assert.Equal(1.5m, cell.Value(report));
            }
        }
    }
}
