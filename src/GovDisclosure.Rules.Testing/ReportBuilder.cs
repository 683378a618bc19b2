namespace GovDisclosure.Rules.Testing;

/// <summary>Puts a report together from its year, agency, figures and wording: figures first, then the prose that tells them.</summary>
internal static class ReportBuilder
{
    public static AnnualReport Build(int year, string agency, Figures figures, Wording wording) =>
        ProseWriter.Write(figures.ApplyTo(AnnualReport.Create(year, agency)), wording);
}
