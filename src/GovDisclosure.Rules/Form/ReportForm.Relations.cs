using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules.Form;

public static partial class ReportForm
{
    /// <summary>
    /// 一份报告内部的全部勾稽关系（docs/format.md §5），按规则编号、再按主单元格的文档位置排列。
    /// Every relation within one report (docs/format.md §5), by rule ID, then by the primary cell's position.
    /// </summary>
    public static IReadOnlyList<FormRelation> Relations => RelationDefinitions.All;

    // A nested holder so that the relations are built only after every cell exists.
    private static class RelationDefinitions
    {
        internal static readonly FormRelation[] All = Build().ToArray();

        private static IEnumerable<FormRelation> Build()
        {
            // GD101: a document issued this year is either still in force or was repealed.
            foreach (var row in new[] { Regulations, NormativeDocuments })
            {
                yield return new FormRelation("GD101", RelationComparison.AtMost, [row.Cells[0]], [row.Cells[2], row.Cells[1]], row.Cells[0]);
            }

            // GD201: every table B row's total is the sum of its six applicant columns.
            var total = ApplicantCountsShape.Columns.Count - 1;
            foreach (var row in ApplicationsTable.Rows)
            {
                yield return new FormRelation("GD201", RelationComparison.Equal, [row.Cells[total]], row.Cells.Take(total).ToArray(), row.Cells[total]);
            }

            // GD202: the outcomes total is the sum of the 21 outcome rows, column by column.
            for (var c = 0; c <= total; c++)
            {
                var column = c;
                yield return new FormRelation("GD202", RelationComparison.Equal, [OutcomesTotal.Cells[c]], OutcomeRows.Select(r => r.Cells[column]).ToArray(), OutcomesTotal.Cells[c]);
            }

            // GD203: the format's own balance, received + carried over = outcomes total + carried forward.
            for (var c = 0; c <= total; c++)
            {
                yield return new FormRelation("GD203", RelationComparison.Equal,
                    [Received.Cells[c], CarriedOver.Cells[c]], [OutcomesTotal.Cells[c], CarriedForward.Cells[c]], CarriedForward.Cells[c]);
            }

            // GD301: every table C row's total is upheld + corrected + other + pending.
            var caseTotal = CaseOutcomeCountsShape.Columns.Count - 1;
            foreach (var row in ReviewsAndLitigationTable.Rows)
            {
                yield return new FormRelation("GD301", RelationComparison.Equal, [row.Cells[caseTotal]], row.Cells.Take(caseTotal).ToArray(), row.Cells[caseTotal]);
            }
        }
    }
}
