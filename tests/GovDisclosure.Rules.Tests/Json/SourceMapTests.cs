using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Json;

public class SourceMapTests
{
    [Fact]
    public void Every_cell_and_text_of_the_example_is_located_at_its_member_name()
    {
        var map = ReportJson.Read(JsonDocuments.Example).SourceMap;
        Assert.NotNull(map);
        Assert.True(map!.TryLocate("/applications/carriedForward/naturalPersons", out var line, out var column));
        var carriedForward = JsonDocuments.Example.IndexOf("\"carriedForward\"", System.StringComparison.Ordinal);
        Assert.Equal(JsonDocuments.Where(JsonDocuments.Example.Substring(0, carriedForward) + JsonDocuments.Example.Substring(carriedForward).Replace("\"naturalPersons\"", "\"NATURALPERSONS\""), "\"NATURALPERSONS\""), (line, column));
        Assert.True(map.TryLocate("/otherMatters", out line, out column));
        Assert.Equal(JsonDocuments.Where(JsonDocuments.Example, "\"otherMatters\""), (line, column));
        Assert.All(ReportForm.Cells, cell => Assert.True(map.TryLocate(cell.Pointer, out _, out _), cell.Pointer));
    }

    [Fact]
    public void A_validation_finding_is_located_through_the_map()
    {
        var document = JsonDocuments.Change("\"amountTenThousandYuan\": 0", "\"amountTenThousandYuan\": 0.00001");
        var loaded = ReportJson.Read(document);
        var finding = Assert.Single(new ReportValidator().Validate(loaded.Report!).Findings);
        var located = loaded.SourceMap!.Locate(finding);
        Assert.Equal(JsonDocuments.Where(document, "\"amountTenThousandYuan\""), (located.Line!.Value, located.Column!.Value));
    }

    [Fact]
    public void An_unknown_pointer_falls_back_to_its_nearest_located_parent()
    {
        var map = ReportJson.Read(JsonDocuments.Example).SourceMap!;
        Assert.True(map.TryLocate("/applications/outcomes/withheld/stateSecret/nonsense", out var line, out var column));
        Assert.True(map.TryLocate("/applications/outcomes/withheld/stateSecret", out var rowLine, out var rowColumn));
        Assert.Equal((rowLine, rowColumn), (line, column));
    }
}
