using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class StrippedProseTests
{
    [Property]
    public void Each_section_is_its_joined_text_without_white_space(AnnualReport report)
    {
        var prose = new StrippedProse().Read(report);

        Assert.All(ProseSection.All, s => Assert.Equal(ReferenceSimilarity.WithoutWhiteSpace(s.Text(report)), prose.Section(s).ToString()));
    }

    [Fact]
    public void Members_are_the_prose_texts_of_the_form_and_a_sections_parts_follow_each_other_among_them()
    {
        Assert.Equal(ReportForm.Texts.Where(t => t.IsProse), ProseSection.Members);
        Assert.All(ProseSection.All, s => Assert.Equal(s.Parts, ProseSection.Members.Skip(s.FirstMember).Take(s.Parts.Count)));
    }

    [Fact]
    public void The_whole_overview_is_white_space_free_across_the_joins()
    {
        var report = DiffFixtures.Seed with
        {
            Overview = DiffFixtures.Seed.Overview with { Summary = " 概述 \n", ProactiveDisclosure = null, RequestedDisclosure = "\u3000申请\u00A0", InformationManagement = "" },
        };
        var overview = ProseSection.All.Single(s => s.Pointer == "/overview");

        var text = new StrippedProse().Read(report).Section(overview).ToString();

        Assert.StartsWith("概述申请", text);
        Assert.Equal(ReferenceSimilarity.WithoutWhiteSpace(overview.Text(report)), text);
    }
}
