using System;
using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// What a report is made of before it is written out: its year, agency, figures and wording. A consistent report is a
/// draft written as it is; a broken one is a draft whose figures or claims were changed first.
/// </summary>
internal sealed record Draft(int Year, string Agency, Figures Figures, Wording Wording)
{
    public static Gen<Draft> Consistent(int firstYear, int lastYear) =>
        from year in Gen.Choose(firstYear, lastYear)
        from agency in AgencyNames.Any
        from figures in FigureGenerator.Consistent
        from wording in Wording.Any
        select new Draft(year, agency, figures, wording);

    /// <summary>The report: figures first, then the prose that tells them.</summary>
    public AnnualReport Write() => ProseWriter.Write(Tables(), Wording);

    /// <summary>The report with prose that makes claims of its own about the tables.</summary>
    public AnnualReport Write(Func<AnnualReport, ProseClaims, ProseClaims> claim)
    {
        var tables = Tables();
        return ProseWriter.Write(tables, Wording, claim(tables, ProseClaims.Of(tables, Wording)));
    }

    /// <summary>A draft whose figures were changed as given (and not settled: a change can break relations).</summary>
    public Draft Change(Action<Figures> change)
    {
        var changed = Figures.Copy();
        change(changed);
        return this with { Figures = changed };
    }

    /// <summary>A draft whose free figures were changed as given and whose totals were derived again.</summary>
    public Draft ChangeConsistently(Action<Figures> change) => Change(f =>
    {
        change(f);
        f.Settle();
    });

    private AnnualReport Tables() => Figures.ApplyTo(AnnualReport.Create(Year, Agency));
}
