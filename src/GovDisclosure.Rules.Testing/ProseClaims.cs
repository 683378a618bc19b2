using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// What the prose says about the tables (what the prose rules GD401–GD403 check): the number of applications received,
/// whether all were concluded, whether no review or litigation occurred. By default what the tables say.
/// </summary>
internal sealed record ProseClaims(long StatedReceived, bool AllConcluded, bool NoCases)
{
    /// <summary>The claims that agree with the tables: this year's applications, or with last year's carried over.</summary>
    public static ProseClaims Of(AnnualReport report, Wording wording)
    {
        var received = Received(report);
        var carriedOver = ProseWriter.Total(ReportForm.CarriedOver).GetCount(report);
        var stated = carriedOver > 0 && wording.Number(Sentence.Requested, 0, 1) == 1 ? received + carriedOver : received;
        return new ProseClaims(
            stated,
            AllConcluded: CarriedForward(report) == 0 && stated > 0,
            NoCases: ReportForm.ReviewsAndLitigationTable.Rows.All(r => ProseWriter.Total(r).GetCount(report) == 0));
    }

    public static long Received(AnnualReport report) => ProseWriter.Total(ReportForm.Received).GetCount(report);

    public static long CarriedForward(AnnualReport report) => ProseWriter.Total(ReportForm.CarriedForward).GetCount(report);
}
