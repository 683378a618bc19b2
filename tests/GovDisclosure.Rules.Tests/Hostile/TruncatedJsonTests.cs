using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Tests.Json;
using Xunit;

namespace GovDisclosure.Rules.Tests.Hostile;

/// <summary>A document cut short at every byte: one GDJ001, where the text ends, and no report.</summary>
public class TruncatedJsonTests
{
    [Fact]
    public void The_example_cut_at_every_byte_is_GDJ001_at_its_end()
    {
        AssertEveryCut(Encoding.UTF8.GetBytes(JsonDocuments.Example.TrimEnd()));
    }

    [Fact]
    public void A_generated_report_written_compactly_cut_at_every_byte_is_GDJ001_at_its_end()
    {
        var report = ReportGenerators.ConsistentReport().Sample(1, new Rnd(2022UL), 30)[0];

        AssertEveryCut(ReportJson.WriteUtf8(report, new JsonWriteOptions { Indented = false }));
    }

    private static void AssertEveryCut(byte[] document)
    {
        for (var length = 0; length < document.Length; length++)
        {
            var cut = document.AsSpan(0, length);

            var result = ReportJson.Read(cut);

            Assert.False(LoadOutcome.AssertWellFormed(result, cut));
            var finding = result.Findings[result.Findings.Count - 1];
            Assert.Equal("GDJ001", finding.RuleId);
            var (line, column) = End(cut);
            Assert.Equal(line, finding.Line);

            // At the end, or at the start of a character the cut left incomplete.
            Assert.InRange(finding.Column!.Value, column - 1, column);
            Assert.DoesNotContain(result.Findings, f => f.RuleId == "GDJ003");
        }
    }

    /// <summary>The line and column just past the last byte.</summary>
    private static (int Line, int Column) End(ReadOnlySpan<byte> text)
    {
        int line = 1, column = 1;
        foreach (var b in text)
        {
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
