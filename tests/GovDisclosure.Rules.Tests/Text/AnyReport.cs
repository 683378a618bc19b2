using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>
/// Reports made to break a text format: every text member built from pieces that look like headings, table rows,
/// escapes, directives, contact labels, broken paragraphs, line breaks, tabs, byte-order marks and lone surrogates, or
/// any string at all; null and "" for every optional member; any year the reader accepts (0 to 9999); counts across their whole range; amounts of any
/// scale; extensions or none.
/// </summary>
public static class AnyReport
{
    private static readonly string[] Pieces =
    [
        "一、总体情况", "二、主动公开政府信息情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "（一）主动公开情况", "(三)优化政府信息管理情况", "（五）监督保障", "## ", "# ", "**",
        "\t", "\n", "\r", "\r\n", " ", "\u3000", "\u00A0", "\\", "\"", "\\\"", "\\@", "\\@address \"x\"", "\\@title 2022 \"局\"", "@", "|", "---",
        "。", "，", "：", "健", "康", "a", "0", "12", "２０２２", "年", "2022 年", "二〇二二年", "报告", "政府信息公开", "年度报告",
        "联系地址：", "联系电话：", "网址：", "<http://x.gov.cn>", "中山路 181 号", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u2028", "\u0085", "\0",
        "—", "无", "/", "3.其他", "规章", "\t0\t0\t0", "一、本年新收政府信息公开申请数量", "本年度报告", "Ω",
    ];

    /// <summary>Text that is awkward for the text form.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(Pieces).ArrayOf().Select(string.Concat),
        Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p) + "。"),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("")), (4, Text.Select(t => (string?)t)));

    private static readonly Gen<long> Count = Gen.Frequency(
        (6, Gen.Choose(0, 20).Select(c => (long)c)),
        (2, Gen.Choose(0, int.MaxValue).Select(c => (long)c)),
        (1, Gen.Elements(ReportForm.MaxCount, ReportForm.MaxCount - 1, 10_000_000_000L)));

    private static readonly Gen<decimal> Amount =
        from low in Gen.Choose(0, int.MaxValue)
        from high in Gen.Choose(0, 1000)
        from scale in Gen.Choose(0, 10)
        select new decimal(low, 0, high, false, (byte)scale);

    private static readonly Gen<ReportExtensions?> Extensions = Gen.Elements<ReportExtensions?>(
        null, ReportExtensions.Parse("{}"), ReportExtensions.Parse("{\"host\":{\"id\":7,\"note\":\"一行\\n二行\\t\",\"tags\":[1,2.50,null,true]}}"));

    /// <summary>Any report whose figures lie within the form's ranges.</summary>
    public static Gen<AnnualReport> Reports { get; } =
        from year in Gen.Choose(0, GovDisclosure.Rules.Json.JsonShape.MaxYear)
        from agency in Text
        from details in OptionalText.ArrayOf(3)
        from preamble in OptionalText
        from summary in Text
        from topics in OptionalText.ArrayOf(5)
        from problems in Text
        from other in Text
        from counts in Count.ArrayOf(ReportForm.Cells.Count)
        from amount in Amount
        from extensions in Extensions
        select ReportForm.WithFigures(
            new AnnualReport
            {
                Year = year,
                Agency = new Agency(agency) { Address = details[0], Phone = details[1], Website = details[2] },
                Preamble = preamble,
                Overview = new Overview
                {
                    Summary = summary, ProactiveDisclosure = topics[0], RequestedDisclosure = topics[1], InformationManagement = topics[2],
                    PlatformBuilding = topics[3], Oversight = topics[4],
                },
                ProblemsAndImprovements = problems,
                OtherMatters = other,
                Extensions = extensions,
            },
            counts,
            amount);

    /// <summary>The Arbitrary for <c>[Property(Arbitrary = …)]</c>.</summary>
    public static Arbitrary<AnnualReport> AnnualReports() => Arb.From(Reports);
}
