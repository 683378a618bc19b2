using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Export;

/// <summary>
/// Import(ExportDocx(r)) == r and Import(ExportHtml(r)) == r for generated reports, and the HTML and Word forms of a
/// report give the same report and the same findings (rule, severity, message, path) as its text.
/// </summary>
public class RoundTripProperties
{
    public static Arbitrary<AnnualReport> Consistent() => Arb.From(ReportGenerators.ConsistentReport());

    [Property(Arbitrary = new[] { typeof(RoundTripProperties) }, MaxTest = 40)]
    public void A_report_survives_export_to_docx_and_import(AnnualReport report)
    {
        var result = PublishedDocument.Import(PublishedDocument.ExportDocx(report));
        Assert.Empty(result.Findings);
        Reports.AssertSame(report, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(RoundTripProperties) }, MaxTest = 40)]
    public void A_report_survives_export_to_html_and_import(AnnualReport report)
    {
        var result = PublishedDocument.Import(Reports.Utf8(PublishedDocument.ExportHtml(report)));
        Assert.Empty(result.Findings);
        Reports.AssertSame(report, result.Report);
    }

    [Property(Arbitrary = new[] { typeof(RoundTripProperties) }, MaxTest = 25)]
    public void A_broken_report_gives_the_same_findings_as_html_as_word_and_as_text(AnnualReport report, NonNegativeInt seed)
    {
        // A report whose text loses a table row: every form of it must say so alike.
        var text = PublishedText.Export(report);
        var lines = text.Split('\n').ToList();
        var rows = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains('\t') && x.l.Any(char.IsDigit)).Select(x => x.i).ToArray();
        lines.RemoveAt(rows[seed.Get % rows.Length]);
        var broken = PublishedText.Import(string.Join("\n", lines));

        var html = "<html><body>" + string.Concat(lines.Select(l => l.Contains('\t')
            ? "<table><tr>" + string.Concat(l.Split('\t').Select(c => "<td>" + Html(c) + "</td>")) + "</tr></table>"
            : "<p>" + Html(l) + "</p>")) + "</body></html>";
        var fromHtml = PublishedDocument.Import(Reports.Utf8(html));
        var fromWord = PublishedDocument.Import(WordDocuments.FromLines(lines));
        foreach (var result in new[] { fromHtml, fromWord })
        {
            Assert.Equal(Describe(broken), Describe(result));
            Assert.Equal(broken.Report, result.Report);
        }
    }

    [Property(Arbitrary = new[] { typeof(RoundTripProperties) }, MaxTest = 25)]
    public void The_docx_and_html_of_a_report_give_the_report_and_findings_its_text_gives(AnnualReport report)
    {
        var text = PublishedText.Import(PublishedText.Export(report));
        foreach (var result in new[] { PublishedDocument.Import(PublishedDocument.ExportDocx(report)), PublishedDocument.Import(Reports.Utf8(PublishedDocument.ExportHtml(report))) })
        {
            Assert.Equal(Describe(text), Describe(result));
            Assert.Equal(text.Report, result.Report);
        }
    }

    private static string Html(string text) => global::GovDisclosure.Rules.Documents.Export.HtmlWriter.Escape(text);

    private static string Describe(LoadResult result) =>
        (result.Report is null ? "no report" : "a report") + "\n"
        + string.Join("\n", result.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Path} {f.Message}"));
}
