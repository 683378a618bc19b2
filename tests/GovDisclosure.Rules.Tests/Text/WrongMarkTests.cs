using System.Linq;
using System.Text;
using GovDisclosure.Rules.Text;
using Xunit;

namespace GovDisclosure.Rules.Tests.Text;

/// <summary>A UTF-16 byte-order mark in front of UTF-8 bytes is detected and refused, never decoded as garbage.</summary>
public class WrongMarkTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void A_UTF_16_mark_before_UTF_8_text_is_refused_with_a_clear_message(byte[] mark)
    {
        var bytes = mark.Concat(Encoding.UTF8.GetBytes(SeedText.Text)).ToArray();

        var result = PublishedText.Import(bytes, new TextImportOptions { Language = MessageLanguage.English });

        Assert.Null(result.Report);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("GDT006", 1, 1), (finding.RuleId, finding.Line, finding.Column));
        Assert.Contains("UTF-16 byte-order mark but what follows is UTF-8 text", finding.Message);
    }

    [Fact]
    public void Real_UTF_16_text_still_reads()
    {
        foreach (var encoding in new[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
        {
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(SeedText.Text)).ToArray();
            Assert.NotNull(PublishedText.Import(bytes).Report);
        }
    }
}
