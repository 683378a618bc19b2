using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Tests.Text;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Messages;

/// <summary>
/// A finding keeps its template's key and arguments: formatted with the catalogue of its language they give its message,
/// and formatted with the other catalogue the message the library makes in that language.
/// </summary>
public class FindingWordingLawTests
{
    private static readonly ReportValidator Chinese = new(new ValidationOptions { Language = MessageLanguage.Chinese });
    private static readonly ReportValidator English = new(new ValidationOptions { Language = MessageLanguage.English });

    public static TheoryData<string> BreakableRules() => new(ReportGenerators.BreakableRules);

    [Theory]
    [MemberData(nameof(BreakableRules))]
    public void A_broken_reports_findings_are_their_key_and_arguments_in_either_language(string ruleId) =>
        Prop.ForAll(ReportGenerators.BrokenReport(ruleId).ToArbitrary(), report =>
        {
            var chinese = Chinese.Validate(report).Findings;
            var english = English.Validate(report).Findings;
            Assert.Contains(chinese, f => f.RuleId == ruleId);
            AssertWorded(chinese, english);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Two_unrelated_reports_findings_year_over_year_are_their_key_and_arguments_in_either_language() =>
        Prop.ForAll((from a in ReportGenerators.ConsistentReport() from b in ReportGenerators.ConsistentReport() select (a, b)).ToArbitrary(), pair =>
        {
            var (previous, current) = pair;
            AssertWorded(Chinese.Validate(current, previous).Findings, English.Validate(current, previous).Findings);
            AssertWorded(
                ReportComparer.Compare(previous, current, new DiffOptions { Language = MessageLanguage.Chinese }).Findings,
                ReportComparer.Compare(previous, current, new DiffOptions { Language = MessageLanguage.English }).Findings);
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"year\": 2023,}")]
    [InlineData("{\"year\": 2023} x")]
    [InlineData("{\"year\": \"2023\", \"agency\": 3, \"nonsense\": 1, \"year\": 1.5}")]
    [InlineData("{\"formatVersion\": \"9\", \"year\": -4, \"agency\": {\"name\": \"甲\"}}")]
    [InlineData("// c\n{}")]
    [InlineData("{\"year\": 2023 /* c */}")]
    public void A_json_documents_findings_are_their_key_and_arguments_in_either_language(string json)
    {
        var chinese = ReportJson.Read(json, new JsonReadOptions { Language = MessageLanguage.Chinese }).Findings;
        var english = ReportJson.Read(json, new JsonReadOptions { Language = MessageLanguage.English }).Findings;
        Assert.NotEmpty(chinese);
        AssertWorded(chinese, english);
    }

    public static TheoryData<string> BrokenTexts() => new()
    {
        "",
        "\0\0\0",
        SeedText.Text.Replace("规章\t0\t0\t0", "规章\t—\tabc\t-1"),
        SeedText.Text.Replace("规章\t0\t0\t0", "规章\t0\t0"),
        string.Join("\n", SeedText.Lines.Where((_, i) => i % 7 != 3)),
    };

    [Theory]
    [MemberData(nameof(BrokenTexts))]
    public void An_imported_texts_findings_are_their_key_and_arguments_in_either_language(string text)
    {
        var chinese = PublishedText.Import(text, new TextImportOptions { Language = MessageLanguage.Chinese }).Findings;
        var english = PublishedText.Import(text, new TextImportOptions { Language = MessageLanguage.English }).Findings;
        Assert.NotEmpty(chinese);
        AssertWorded(chinese, english);
    }

    /// <summary>Bytes that are not text, whether the platform decodes GB18030, and the catalogue key of the reason.</summary>
    public static TheoryData<byte[], bool, string> RefusedBytes() => new()
    {
        { [0x61, 0x00, 0x62], true, "Text.NulCharacter" },
        { [0xFF, 0xFE, .. "一 1\n"u8], true, "Text.Utf8BehindUtf16Mark" },
        { [0xEF, 0xBB, 0xBF, 0x61, 0xC3], true, "Text.InvalidAfterMark" },
        { [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8], true, "Text.InvalidAfterMark" },
        { [0xFE, 0xFF, 0x00, 0x61, 0x00], true, "Text.InvalidAfterMark" },
        { [0x61, 0x81, 0x20, 0xFF], true, "Text.NeitherUtf8NorGb18030" },
        { [0x61, 0xD6, 0xD0], false, "Text.NoGb18030" },
    };

    [Theory]
    [MemberData(nameof(RefusedBytes))]
    public void Bytes_that_are_not_text_are_refused_in_the_catalogues_words(byte[] bytes, bool gb18030, string reason)
    {
        var encoding = gb18030 ? Gb18030.Strict : null;
        var chinese = PublishedText.Import(bytes, encoding, new TextImportOptions { Language = MessageLanguage.Chinese }).Findings;
        var english = PublishedText.Import(bytes, encoding, new TextImportOptions { Language = MessageLanguage.English }).Findings;
        var finding = Assert.Single(chinese);
        Assert.Equal(TextRules.TitleNotRead.Id, finding.RuleId);
        Assert.Equal(reason, Assert.IsType<MessagePart>(Assert.Single(finding.Arguments)).Key);
        AssertWorded(chinese, english);
    }

    /// <summary>Both laws over the findings one input gave in each language, which must be the same findings.</summary>
    internal static void AssertWorded(IReadOnlyList<Finding> chinese, IReadOnlyList<Finding> english)
    {
        Assert.Equal(chinese.Select(f => (f.RuleId, f.Path)), english.Select(f => (f.RuleId, f.Path)));
        for (var i = 0; i < chinese.Count; i++)
        {
            Assert.NotNull(chinese[i].MessageKey);
            Assert.Equal(chinese[i].Message, MessageCatalog.Chinese.Format(chinese[i]));
            Assert.Equal(english[i].Message, MessageCatalog.English.Format(english[i]));
            Assert.Equal(english[i].Message, MessageCatalog.English.Format(chinese[i]));
            Assert.Equal(chinese[i].Message, MessageCatalog.Chinese.Format(english[i]));
        }
    }
}
