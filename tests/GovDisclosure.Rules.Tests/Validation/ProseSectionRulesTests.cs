using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class ProseSectionRulesTests
{
    [Fact]
    public void GD003_fires_once_per_empty_required_section_in_document_order()
    {
        var report = JsonDocuments.ExampleReport.WithSummary(" \n\u3000") with { ProblemsAndImprovements = "", OtherMatters = "\t" };
        var findings = Findings("GD003", report);
        var required = ReportForm.Texts.Where(t => t.IsRequired && t.IsProse).Select(t => t.Pointer);
        Assert.Equal(required, findings.Select(f => f.Path));
        Assert.Equal(["/overview/summary", "/problemsAndImprovements", "/otherMatters"], findings.Select(f => f.Path));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void GD003_passes_sections_with_text_and_ignores_optional_ones()
    {
        var report = JsonDocuments.ExampleReport with { Preamble = " ", Overview = JsonDocuments.ExampleReport.Overview with { Oversight = "" } };
        Assert.Empty(Findings("GD003", report));
    }

    [Fact]
    public void GD003_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport with { OtherMatters = " " };
        Assert.Equal("“六、其他需要报告的事项”为空或只有空白", Single("GD003", report).Message);
        Assert.Equal("\"other matters\" is empty or only white space", Single("GD003", report, MessageLanguage.English).Message);
    }

    [Fact]
    public void GD004_fires_for_a_missing_topic_with_its_sub_section_as_related()
    {
        var report = JsonDocuments.ExampleReport with { Overview = JsonDocuments.ExampleReport.Overview with { PlatformBuilding = null } };
        var finding = Single("GD004", report);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/overview", finding.Path);
        Assert.Equal(["/overview/platformBuilding"], finding.Related);
    }

    [Fact]
    public void GD004_fires_once_per_missing_topic_in_the_order_of_the_form()
    {
        var report = JsonDocuments.ExampleReport with { Overview = new Overview { Summary = "本年度，我局认真贯彻落实《条例》。" } };
        var findings = Findings("GD004", report);
        Assert.Equal(ReportForm.OverviewTopics.Select(t => t.SubSection.Pointer), findings.Select(f => Assert.Single(f.Related)));
    }

    [Fact]
    public void GD004_passes_an_empty_sub_section_when_the_overview_names_its_topic()
    {
        var overview = JsonDocuments.ExampleReport.Overview with { PlatformBuilding = " ", Summary = JsonDocuments.ExampleReport.Overview.Summary + "加强政府网站平台建设。" };
        Assert.Empty(Findings("GD004", JsonDocuments.ExampleReport with { Overview = overview }));
    }

    [Fact]
    public void GD004_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport with { Overview = JsonDocuments.ExampleReport.Overview with { PlatformBuilding = null } };
        Assert.Equal("总体情况未涉及“平台建设”：小节“（四）政府信息公开平台建设情况”为空，正文也未提及", Single("GD004", report).Message);
        Assert.Equal("The overview does not cover platform building: the sub-section \"overview › platform building\" is empty and the text never names it",
            Single("GD004", report, MessageLanguage.English).Message);
    }
}
