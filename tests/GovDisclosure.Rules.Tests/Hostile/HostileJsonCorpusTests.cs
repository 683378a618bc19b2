using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>
/// The corpus of small hostile documents under Fixtures/Hostile: each is refused with the GDJ findings listed here, at
/// their pointer, line and column. A corpus document is a fragment of a report, so the GDJ003 findings of the members it
/// leaves out are not listed.
/// </summary>
public class HostileJsonCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hostile");

    private static readonly Dictionary<string, (string Rule, string Path, int Line, int Column)[]> Expected = new()
    {
        ["empty.json"] = [("GDJ001", "", 1, 1)],
        ["blank.json"] = [("GDJ001", "", 3, 1)],
        ["bom-only.json"] = [("GDJ001", "", 1, 1)],
        ["bom-twice.json"] = [("GDJ001", "", 1, 1)],
        ["bom-utf16le.json"] = [("GDJ001", "", 1, 1)],
        ["bom-utf16be.json"] = [("GDJ001", "", 1, 1)],
        ["bom-utf32le.json"] = [("GDJ001", "", 1, 1)],
        ["utf16-without-bom.json"] = [("GDJ001", "", 1, 2)],
        ["bom-between-members.json"] = [("GDJ001", "", 3, 3)],
        ["invalid-utf8-overlong.json"] = [("GDJ001", "/preamble", 2, 17)],
        ["invalid-utf8-lone-continuation.json"] = [("GDJ001", "/preamble", 2, 18)],
        ["invalid-utf8-encoded-surrogate.json"] = [("GDJ001", "/preamble", 2, 16)],
        ["invalid-utf8-above-unicode.json"] = [("GDJ001", "/preamble", 2, 16)],
        ["invalid-utf8-cut-sequence.json"] = [("GDJ001", "/preamble", 2, 17)],
        ["invalid-utf8-in-member-name.json"] = [("GDJ001", "", 2, 6)],
        ["invalid-utf8-between-tokens.json"] = [("GDJ001", "", 2, 3)],
        ["latin1.json"] = [("GDJ001", "/agency/name", 2, 26)],
        ["gb18030.json"] = [("GDJ001", "/agency/name", 2, 23)],
        ["lone-surrogate-high.json"] = [("GDJ001", "/preamble", 2, 15)],
        ["lone-surrogate-low.json"] = [("GDJ001", "/preamble", 2, 15)],
        ["lone-surrogate-reversed-pair.json"] = [("GDJ001", "/preamble", 2, 15)],
        ["lone-surrogate-in-member-name.json"] = [("GDJ001", "", 2, 3)],
        ["lone-surrogate-in-format-version.json"] = [("GDJ001", "/formatVersion", 2, 20)],
        ["lone-surrogate-in-extensions.json"] = [("GDJ001", "/extensions", 2, 24)],
        ["nul-in-string.json"] = [("GDJ001", "/preamble", 2, 17)],
        ["nul-between-tokens.json"] = [("GDJ001", "", 2, 16)],
        ["nul-after-report.json"] = [("GDJ001", "", 3, 2)],
        ["number-1e400-count.json"] = [("GDJ002", "/proactiveDisclosure/licensing/decisions", 2, 54)],
        ["number-1e400-year.json"] = [("GDJ002", "/year", 2, 11)],
        ["number-1e400-amount.json"] = [("GDJ006", "/proactiveDisclosure/fees/amountTenThousandYuan", 2, 61)],
        ["number-minus-zero-fraction-count.json"] = [("GDJ002", "/proactiveDisclosure/licensing/decisions", 2, 54)],
        ["number-2-to-the-53-count.json"] = [("GDJ006", "/proactiveDisclosure/licensing/decisions", 2, 54)],
        ["numbers-as-strings.json"] =
        [
            ("GDJ002", "/year", 2, 11),
            ("GDJ002", "/proactiveDisclosure/licensing/decisions", 3, 54),
            ("GDJ002", "/proactiveDisclosure/fees/amountTenThousandYuan", 3, 96),
        ],
        ["duplicate-members.json"] = [("GDJ005", "/agency/name", 3, 27), ("GDJ005", "/year", 4, 3)],
        ["duplicate-member-escaped.json"] = [("GDJ005", "/year", 3, 3)],
        ["comment-line.json"] = [("GDJ001", "", 2, 16)],
        ["comment-block.json"] = [("GDJ001", "", 2, 3)],
        ["trailing-comma-object.json"] = [("GDJ001", "", 3, 1)],
        ["trailing-comma-array.json"] = [("GDJ001", "/extensions", 2, 29)],
        ["top-level-array.json"] = [("GDJ002", "", 1, 1)],
        ["top-level-number.json"] = [("GDJ002", "", 1, 1)],
        ["top-level-string.json"] = [("GDJ002", "", 1, 1)],
        ["top-level-null.json"] = [("GDJ002", "", 1, 1)],
        ["top-level-true.json"] = [("GDJ002", "", 1, 1)],
        ["two-top-level-objects.json"] = [("GDJ001", "", 2, 1)],
        ["single-quotes.json"] = [("GDJ001", "", 2, 3)],
        ["nan.json"] = [("GDJ001", "/year", 2, 11)],
        ["hexadecimal.json"] = [("GDJ001", "/year", 2, 12)],
        ["leading-zero.json"] = [("GDJ001", "/year", 2, 12)],
    };

    public static TheoryData<string> Documents() => new(Expected.Keys.OrderBy(name => name, StringComparer.Ordinal));

    [Fact]
    public void Every_document_of_the_corpus_has_its_expected_findings()
    {
        var files = Directory.GetFiles(Folder).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(Expected.Keys.OrderBy(name => name, StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_hostile_document_is_refused_with_located_GDJ_findings(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));

        var result = ReportJson.Read(bytes);

        Assert.False(LoadOutcome.AssertWellFormed(result, bytes));
        var found = result.Findings.Where(f => f.RuleId != "GDJ003").Select(f => (f.RuleId, f.Path, f.Line!.Value, f.Column!.Value));
        Assert.Equal(Expected[name], found);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_stream_a_string_and_English_messages_give_the_same_findings_at_the_same_places(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));
        var expected = ReportJson.Read(bytes).Findings;

        Assert.Equal(expected, ReportJson.Read(new MemoryStream(bytes)).Findings);
        var english = ReportJson.Read(bytes, new JsonReadOptions { Language = MessageLanguage.English }).Findings;
        Assert.Equal(expected.Select(Place), english.Select(Place));
        Assert.All(english.Zip(expected, (en, zh) => (en, zh)), pair => Assert.NotEqual(pair.zh.Message, pair.en.Message));
        if (IsUtf8(bytes))
        {
            Assert.Equal(expected, ReportJson.Read(Encoding.UTF8.GetString(bytes)).Findings);
        }
    }

    private static (string, string, int?, int?) Place(Finding finding) => (finding.RuleId, finding.Path, finding.Line, finding.Column);

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
