using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Json.JsonDocuments;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>The JSON tree is the form's definition, placed by pointer; the reader builds the model through it.</summary>
public class JsonShapeTests
{
    [Fact]
    public void Every_cell_and_every_text_stands_once_at_its_pointer()
    {
        var leaves = new List<JsonMember>();
        Collect(JsonShape.Root, leaves);

        Assert.Equal(ReportForm.Cells.Select(c => c.Pointer), leaves.Where(l => l.Cell is not null).Select(l => l.Pointer));
        Assert.All(leaves.Where(l => l.Cell is not null), l => Assert.Equal(l.Cell!.Pointer, l.Pointer));
        Assert.Equal(ReportForm.Texts.Select(t => t.Pointer).OrderBy(p => p), leaves.Where(l => l.Text is not null).Select(l => l.Pointer).OrderBy(p => p));
        Assert.All(leaves.Where(l => l.Text is not null), l => Assert.Equal(l.Text!.IsRequired, l.Required));
    }

    [Fact]
    public void Objects_between_are_labelled_from_sections_rows_and_row_headers()
    {
        var withheld = JsonShape.Root.Find("applications")!.Find("outcomes")!.Find("withheld")!;
        var stateSecret = withheld.Find("stateSecret")!;

        Assert.Equal("三、收到和处理政府信息公开申请情况 › （三）不予公开", withheld.Label);
        Assert.Equal("（三）不予公开", withheld.Title);
        Assert.Same(ReportForm.FindRow("/applications/outcomes/withheld/stateSecret"), stateSecret.Row);
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况 › 行政诉讼 › 未经复议直接起诉", JsonShape.Root.Find("reviewsAndLitigation")!.Find("litigationWithoutReview")!.Label);
    }

    [Fact]
    public void Each_text_read_lands_where_its_definition_reads_it_back()
    {
        foreach (var text in ReportForm.Texts)
        {
            var texts = new string?[ReportForm.Texts.Count];
            texts[text.Index] = "标记";

            var report = JsonReportAssembly.Assemble(2022, texts, new long[ReportForm.Cells.Count], 0m, null);

            Assert.All(ReportForm.Texts, t => Assert.Equal(t == text ? "标记" : t.IsRequired ? "" : null, t.GetText(report)));
        }
    }

    [Fact]
    public void The_figures_read_are_the_figures_of_the_example()
    {
        var counts = ReportForm.ReadCounts(ExampleReport);

        Assert.Equal(ExampleReport, JsonReportAssembly.Assemble(2022, ReportForm.Texts.Select(t => t.GetText(ExampleReport)).ToArray(), counts, 0m, null));
    }

    private static void Collect(JsonMember node, List<JsonMember> leaves)
    {
        foreach (var member in node.Members)
        {
            if (member.Kind == JsonMemberKind.Object)
            {
                Collect(member, leaves);
            }
            else
            {
                leaves.Add(member);
            }
        }
    }
}
