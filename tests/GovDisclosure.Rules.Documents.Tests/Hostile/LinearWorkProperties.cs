using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Documents.Tests.Hostile;

/// <summary>
/// The HTML and Word importers are linear in their input: the work they count (<see cref="DocumentWork"/>: nodes visited,
/// characters gathered, grid cells resolved, ancestors climbed, and the core matcher's characters examined) at most
/// roughly doubles when the input doubles — a whole generated report repeated, its prose, its table rows, its nesting,
/// its merged cells. Counted, never timed: quadratic work would come out four times as large.
/// </summary>
public class LinearWorkProperties
{
    // Linear work is a·n + b; b is the fixed part (the document's frame, one heading found …), so twice the input costs
    // less than twice the work, and a little more where a finding or two more are written.
    private const double Allowance = 2.2;

    public static Arbitrary<AnnualReport> Consistent() => Arb.From(ReportGenerators.ConsistentReport());

    [Property(Arbitrary = new[] { typeof(LinearWorkProperties) }, MaxTest = 15)]
    public void A_page_holding_a_report_twice_as_often_costs_at_most_twice_the_work(AnnualReport report)
    {
        var fragment = PublishedDocument.ExportHtml(report);
        AssertAtMostDoubled("report repeated", Page(Repeat(fragment, 4)), Page(Repeat(fragment, 8)));
    }

    [Property(Arbitrary = new[] { typeof(LinearWorkProperties) }, MaxTest = 8)]
    public void A_docx_holding_a_report_twice_as_often_costs_at_most_twice_the_work(AnnualReport report)
    {
        var docx = PublishedDocument.ExportDocx(report);
        AssertAtMostDoubled("report repeated", Edited(docx, body => RepeatBody(body, 4)), Edited(docx, body => RepeatBody(body, 8)));
    }

    [Property(Arbitrary = new[] { typeof(LinearWorkProperties) }, MaxTest = 10)]
    public void Doubling_every_prose_member_at_most_doubles_the_work(AnnualReport report)
    {
        var (single, twice) = (WithProseTimes(report, 8), WithProseTimes(report, 16));
        AssertAtMostDoubled("prose, HTML", Page(PublishedDocument.ExportHtml(single)), Page(PublishedDocument.ExportHtml(twice)));
        AssertAtMostDoubled("prose, Word", PublishedDocument.ExportDocx(single), PublishedDocument.ExportDocx(twice));
    }

    [Property(Arbitrary = new[] { typeof(LinearWorkProperties) }, MaxTest = 10)]
    public void Doubling_every_table_row_at_most_doubles_the_work(AnnualReport report)
    {
        var fragment = PublishedDocument.ExportHtml(report);
        AssertAtMostDoubled("rows, HTML", Page(RepeatRows(fragment, 8)), Page(RepeatRows(fragment, 16)));
        var docx = PublishedDocument.ExportDocx(report);
        AssertAtMostDoubled("rows, Word", Edited(docx, body => RepeatRows(body, 8)), Edited(docx, body => RepeatRows(body, 16)));
    }

    /// <summary>
    /// Nesting twice as deep (within the limit of 256): the report inside nested elements with text at every level, and a
    /// data table after it holding nested elements, whose text a heading test once gathered again at every level.
    /// </summary>
    [Fact]
    public void Nesting_twice_as_deep_at_most_doubles_the_work()
    {
        var fragment = PublishedDocument.ExportHtml(Reports.Seed);
        AssertAtMostDoubled("nested page", Page(Nested(fragment, 60)), Page(Nested(fragment, 120)));
        AssertAtMostDoubled("nested cell", Page(NestedCell(120)), Page(NestedCell(240)));
        var docx = PublishedDocument.ExportDocx(Reports.Seed);
        AssertAtMostDoubled("nested controls", Edited(docx, body => NestControls(body, 50)), Edited(docx, body => NestControls(body, 100)));
    }

    [Fact]
    public void Twice_as_many_merged_cells_at_most_double_the_work()
    {
        var fragment = PublishedDocument.ExportHtml(Reports.Seed);
        AssertAtMostDoubled("rowspan and colspan", Page(fragment + MergedTable(200)), Page(fragment + MergedTable(400)));
        var docx = PublishedDocument.ExportDocx(Reports.Seed);
        AssertAtMostDoubled("gridSpan and vMerge", Edited(docx, body => AppendMerged(body, 200)), Edited(docx, body => AppendMerged(body, 400)));
    }

    /// <summary>The work counted importing a document; it must have read something.</summary>
    private static long Work(byte[] document)
    {
        var before = DocumentWork.Counted;
        var result = PublishedDocument.Import(document);
        Assert.False(result.Findings.Any(f => f.RuleId == "GDT009"), "beyond a limit: " + string.Join("\n", result.Findings));
        return DocumentWork.Counted - before;
    }

    private static void AssertAtMostDoubled(string what, byte[] single, byte[] twice)
    {
        var (a, b) = (Work(single), Work(twice));
        Assert.True(a >= 1000, $"{what}: {a} counted for {single.Length} bytes: the count misses the importer's work");
        Assert.True(b <= Allowance * a, $"{what}: {a} counted for {single.Length} bytes, {b} for {twice.Length} ({(double)b / a:0.00}×)");
    }

    private static byte[] Page(string body) => Reports.Utf8("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n" + body + "</body></html>");

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static AnnualReport WithProseTimes(AnnualReport report, int times)
    {
        string Times(string? text) => Repeat(string.IsNullOrEmpty(text) ? "本机关依法公开政府信息。" : text!, times);
        var o = report.Overview;
        return report with
        {
            Overview = o with
            {
                Summary = Times(o.Summary), ProactiveDisclosure = Times(o.ProactiveDisclosure), RequestedDisclosure = Times(o.RequestedDisclosure),
                InformationManagement = Times(o.InformationManagement), PlatformBuilding = Times(o.PlatformBuilding), Oversight = Times(o.Oversight),
            },
            ProblemsAndImprovements = Times(report.ProblemsAndImprovements),
            OtherMatters = Times(report.OtherMatters),
        };
    }

    private static string RepeatRows(string html, int times) =>
        Regex.Replace(html, "<tr>.*?</tr>\n?", m => Repeat(m.Value, times), RegexOptions.Singleline);

    private static string Nested(string fragment, int depth) =>
        Repeat("<div><span>第</span>", depth) + fragment + Repeat("<p>附：</p></div>", depth);

    private static string NestedCell(int depth) =>
        "<table><tr><td>" + Repeat("<div>本层说明文字共十个字", depth) + "说明" + Repeat("</div>", depth) + "</td><td>1</td></tr></table>\n";

    private static string MergedTable(int rows)
    {
        var html = new StringBuilder("<table>");
        for (var r = 0; r < rows; r += 2)
        {
            html.Append("<tr><td rowspan=\"2\" colspan=\"3\">合并</td><td>1</td><td colspan=\"2\">2</td></tr><tr><td>3</td><td rowspan=\"0\">4</td></tr>");
        }

        return html.Append("</table>\n").ToString();
    }

    /// <summary>A copy of a .docx with its body changed.</summary>
    private static byte[] Edited(byte[] docx, Action<Body> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx, 0, docx.Length);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart!;
            edit(main.Document!.Body!);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static OpenXmlElement[] Content(Body body) => body.ChildElements.Where(e => e is not SectionProperties).ToArray();

    private static void Add(Body body, OpenXmlElement element)
    {
        if (body.GetFirstChild<SectionProperties>() is { } section)
        {
            body.InsertBefore(element, section);
        }
        else
        {
            body.Append(element);
        }
    }

    private static void RepeatBody(Body body, int times)
    {
        var content = Content(body);
        for (var i = 1; i < times; i++)
        {
            foreach (var element in content)
            {
                Add(body, element.CloneNode(true));
            }
        }
    }

    private static void RepeatRows(Body body, int times)
    {
        foreach (var row in body.Descendants<TableRow>().ToArray())
        {
            for (var i = 1; i < times; i++)
            {
                row.InsertAfterSelf((TableRow)row.CloneNode(true));
            }
        }
    }

    private static void NestControls(Body body, int depth)
    {
        var content = Content(body);
        foreach (var element in content)
        {
            element.Remove();
        }

        OpenXmlElement inner = new SdtContentBlock(content);
        for (var d = 0; d < depth; d++)
        {
            inner = new SdtContentBlock(WordDocuments.Para("第 " + d + " 层"), new SdtBlock(inner), WordDocuments.Para("附："));
        }

        Add(body, new SdtBlock(inner));
    }

    private static void AppendMerged(Body body, int rows)
    {
        var table = new Table();
        for (var r = 0; r < rows; r += 2)
        {
            table.Append(new TableRow(WordDocuments.Cell("合并", span: 3, merge: MergedCellValues.Restart), WordDocuments.Cell("1"), WordDocuments.Cell("2", span: 2)));
            table.Append(new TableRow(WordDocuments.Cell("", span: 3, continues: true), WordDocuments.Cell("3"), WordDocuments.Cell("4", span: 2)));
        }

        Add(body, table);
    }
}
