using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>The reader's source map is filled on its first use: loading pays nothing for a map no finding asks about.</summary>
public class SourceMapFillTests
{
    [Fact]
    public void A_map_filled_on_first_use_gives_the_same_places_on_every_thread()
    {
        var expected = ReportForm.Cells.Select(c => Place(ReportJson.Read(Example).SourceMap!, c.Pointer)).ToArray();
        var shared = ReportJson.Read(Example).SourceMap!;

        var seen = new (int, int)[16][];
        Parallel.For(0, seen.Length, t => seen[t] = ReportForm.Cells.Select(c => Place(shared, c.Pointer)).ToArray());

        Assert.All(seen, places => Assert.Equal(expected, places));
        Assert.Equal(Where(Example, "\"litigationWithoutReview\""), Place(shared, "/reviewsAndLitigation/litigationWithoutReview"));
    }

    [Fact]
    public void Members_in_another_order_than_the_canonical_one_are_located_where_they_stand()
    {
        var document = Change("\"year\": 2022,\n", "");
        document = Change(document, "\"otherMatters\": ", "\"year\": 2022, \"otherMatters\": ");

        var map = ReportJson.Read(document).SourceMap!;

        Assert.Equal(Where(document, "\"year\""), Place(map, "/year"));
        Assert.Equal(Where(document, "\"agency\""), Place(map, "/agency"));
    }

    private static (int, int) Place(SourceMap map, string pointer)
    {
        Assert.True(map.TryLocate(pointer, out var line, out var column), pointer);
        return (line, column);
    }
}
