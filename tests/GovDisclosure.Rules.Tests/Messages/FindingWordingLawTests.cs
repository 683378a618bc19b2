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
