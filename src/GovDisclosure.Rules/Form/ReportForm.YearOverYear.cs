using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Form;

public static partial class ReportForm
{
    /// <summary>
    /// 相邻两个年度报告之间的全部衔接关系（docs/format.md §5），按规则编号、再按本年度单元格的文档位置排列。
    /// Every relation between the reports of consecutive years (docs/format.md §5), by rule ID, then by the position of this year's cell.
    /// </summary>
    public static IReadOnlyList<YearOverYearRelation> YearOverYearRelations => YearOverYearDefinitions.All;

    // A nested holder so that the relations are built only after every cell exists.
    private static class YearOverYearDefinitions
    {
        internal static readonly YearOverYearRelation[] All = Build().ToArray();

        private static IEnumerable<YearOverYearRelation> Build()
        {
            // GD503: what was carried forward at the end of last year is carried over into this year, column by column.
            for (var c = 0; c < ApplicantCountsShape.Columns.Count; c++)
            {
                yield return new YearOverYearRelation("GD503", CarriedOver.Cells[c], CarriedForward.Cells[c], [], []);
            }

            // GD504: the documents in force now are last year's, plus those issued, minus those repealed this year.
            var issued = DocumentCountsShape.FindColumn("issued")!.Index;
            var repealed = DocumentCountsShape.FindColumn("repealed")!.Index;
            var inForce = DocumentCountsShape.FindColumn("inForce")!.Index;
            foreach (var row in new[] { Regulations, NormativeDocuments })
            {
                yield return new YearOverYearRelation("GD504", row.Cells[inForce], row.Cells[inForce], [row.Cells[issued]], [row.Cells[repealed]]);
            }
        }
    }
}
