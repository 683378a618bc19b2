using System.Linq;
using GovDisclosure.Rules.Form;
using Xunit;

namespace GovDisclosure.Rules.Tests.Form;

public class ReportFormTests
{
    [Fact]
    public void The_form_has_200_cells_with_unique_pointers_in_document_order()
    {
        Assert.Equal(6 + 3 + 1 + 175 + 15, ReportForm.Cells.Count);
        Assert.Equal(ReportForm.Cells.Count, ReportForm.Cells.Select(c => c.Pointer).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, ReportForm.Cells.Count), ReportForm.Cells.Select(c => c.Index));
        Assert.Equal(ReportForm.Rows.SelectMany(r => r.Cells), ReportForm.Cells);
    }

    [Fact]
    public void Table_B_has_the_25_rows_of_the_format()
    {
        var b = ReportForm.ApplicationsTable.Rows;
        Assert.Equal(25, b.Count);
        Assert.Equal("/applications/received", b[0].Pointer);
        Assert.Equal("/applications/outcomes/withheld/stateSecret", b[4].Pointer);
        Assert.Equal("/applications/outcomes/otherHandling/other", b[22].Pointer);
        Assert.Equal("/applications/carriedForward", b[24].Pointer);
        Assert.All(b, r => Assert.Equal(7, r.Cells.Count));
    }

    [Fact]
    public void A_cell_label_names_section_row_and_column_in_Chinese()
    {
        var cell = ReportForm.FindCell("/applications/outcomes/total/naturalPersons");
        Assert.NotNull(cell);
        Assert.Equal("三、收到和处理政府信息公开申请情况 › （七）总计 › 自然人", cell!.Label);
        Assert.Equal("二、主动公开政府信息情况 › 行政规范性文件 › 本年制发件数", ReportForm.FindCell("/proactiveDisclosure/normativeDocuments/issued")!.Label);
    }

    [Fact]
    public void Setting_each_cell_changes_that_cell_and_no_other()
    {
        var empty = AnnualReport.Create(2022, "某局");
        foreach (var cell in ReportForm.Cells)
        {
            var changed = ReportForm.WithValue(empty, cell, 7);
            foreach (var other in ReportForm.Cells)
            {
                Assert.Equal(other == cell ? 7m : 0m, other.GetValue(changed));
            }
        }
    }

    [Fact]
    public void Relations_are_those_of_FORMAT_section_6()
    {
        var byRule = ReportForm.Relations.GroupBy(r => r.RuleId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, byRule["GD101"]);
        Assert.Equal(25, byRule["GD201"]);
        Assert.Equal(7, byRule["GD202"]);
        Assert.Equal(7, byRule["GD203"]);
        Assert.Equal(3, byRule["GD301"]);
        var balance = ReportForm.Relations.First(r => r.RuleId == "GD203");
        Assert.Equal("/applications/carriedForward/naturalPersons", balance.Primary.Pointer);
        Assert.Equal(21, ReportForm.Relations.First(r => r.RuleId == "GD202").Right.Count);
    }

    [Fact]
    public void An_empty_report_satisfies_every_relation()
    {
        var empty = AnnualReport.Create(2022, "某局");
        Assert.All(ReportForm.Relations, r => Assert.True(r.Holds(empty)));
    }

    [Fact]
    public void Reports_compare_by_value()
    {
        var a = AnnualReport.Create(2022, "某局") with { Applications = ApplicationsTable.Zero with { Received = ApplicantCounts.OfNaturalPersons(3) } };
        var b = AnnualReport.Create(2022, "某局") with { Applications = ApplicationsTable.Zero with { Received = ApplicantCounts.OfNaturalPersons(3) } };
        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { Year = 2023 });
    }
}
