using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;
using static GovDisclosure.Rules.Tests.Validation.Validate;

namespace GovDisclosure.Rules.Tests.Validation;

public class RelationRulesTests
{
    private const string Docs = "/proactiveDisclosure/normativeDocuments";

    /// <summary>
    /// The message of a rule's one finding in both languages, and the same arithmetic written by a newly built
    /// <see cref="RelationArithmetic"/>: the validator's rules are built once per process, so this is what shows that the
    /// words come from the relation's cells (and lets mutation testing see a change to them).
    /// </summary>
    private static void AssertMessages(string ruleId, AnnualReport report, string chinese, string english)
    {
        var finding = Single(ruleId, report);
        Assert.Equal(chinese, finding.Message);
        Assert.Equal(english, Single(ruleId, report, MessageLanguage.English).Message);

        var arithmetic = new RelationArithmetic(ReportForm.Relations.Single(r => r.RuleId == ruleId && r.Primary.Pointer == finding.Path));
        Assert.Equal(chinese, arithmetic.Write(report, MessageLanguage.Chinese));
        Assert.Equal(english, arithmetic.Write(report, MessageLanguage.English));
    }

    [Theory]
    [InlineData("GD101")]
    [InlineData("GD201")]
    [InlineData("GD202")]
    [InlineData("GD203")]
    [InlineData("GD301")]
    public void A_newly_built_sum_rule_reports_exactly_the_relations_of_its_ID_that_fail(string ruleId)
    {
        // Every count a small number that varies from cell to cell: many relations of the form fail, some hold.
        var report = AnnualReport.Create(2022, "某局");
        foreach (var cell in ReportForm.Cells.Where(c => c.Kind == CellKind.Count))
        {
            report = ReportForm.WithValue(report, cell, cell.Index * cell.Index % 11 + 1);
        }

        // And the first relation of the rule broken for certain, whatever the numbers above made of it.
        var first = ReportForm.Relations.First(r => r.RuleId == ruleId).Primary;
        report = ReportForm.WithValue(report, first, 1_000);

        var descriptor = RuleCatalog.All.Single(d => d.Id == ruleId);
        var rule = new RelationRule(descriptor);
        var context = new RuleContext();
        context.Begin(report, null, MessageLanguage.Chinese, Today, new Rules.Diff.DiffOptions());
        context.Enter(descriptor, descriptor.DefaultSeverity);
        rule.Check(context);
        var found = context.End() ?? [];

        var failing = ReportForm.Relations.Where(r => r.RuleId == ruleId && !r.Holds(report)).Select(r => r.Primary.Pointer).ToArray();
        Assert.NotEmpty(failing);
        Assert.Equal(failing, found.Select(f => f.Path));
        Assert.All(found, f => Assert.Equal(ruleId, f.RuleId));
    }

    [Fact]
    public void A_sum_rule_for_an_ID_with_no_relation_in_the_form_is_refused()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new RelationRule(new RuleDescriptor("HOST101", Severity.Error, "t", "t", "{0}", "{0}")));
        Assert.StartsWith("ReportForm defines no relation for HOST101.", error.Message, System.StringComparison.Ordinal);
        Assert.Equal("descriptor", error.ParamName);
    }

    [Fact]
    public void GD101_fires_when_more_were_issued_than_are_in_force_or_repealed()
    {
        var finding = Single("GD101", JsonDocuments.ExampleReport.With(Docs + "/issued", 25));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(Docs + "/issued", finding.Path);
        Assert.Equal([Docs + "/repealed", Docs + "/inForce"], finding.Related);
        Assert.Equal(21m, finding.Expected);
        Assert.Equal(25m, finding.Actual);
    }

    [Fact]
    public void GD101_passes_when_issued_is_at_most_in_force_plus_repealed() =>
        Assert.Empty(Findings("GD101", JsonDocuments.ExampleReport.With(Docs + "/issued", 21).With("/proactiveDisclosure/regulations/inForce", 3)));

    [Fact]
    public void GD101_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.With(Docs + "/issued", 25);
        AssertMessages("GD101", report,
            "本年制发件数（25）> 现行有效件数（18）+ 本年废止件数（3）〔行政规范性文件〕",
            "issued this year (25) > in force (18) + repealed this year (3) [normative documents]");
    }

    [Theory]
    [InlineData("GD201", "/applications/received/commercialEnterprises", 1, "/applications/received/total", 6, 12, 11)]
    [InlineData("GD202", "/applications/outcomes/disclosed/naturalPersons", 2, "/applications/outcomes/total/naturalPersons", 21, 12, 11)]
    [InlineData("GD301", "/reviewsAndLitigation/administrativeReview/upheld", 1, "/reviewsAndLitigation/administrativeReview/total", 4, 1, 0)]
    public void A_total_that_is_not_the_sum_of_its_parts_is_reported_at_the_total(string ruleId, string changed, int value, string total, int parts, int expected, int actual)
    {
        var finding = Single(ruleId, JsonDocuments.ExampleReport.With(changed, value));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(total, finding.Path);
        Assert.Equal(parts, finding.Related.Count);
        Assert.DoesNotContain(total, finding.Related);
        Assert.Equal(expected, finding.Expected);
        Assert.Equal(actual, finding.Actual);

        // Setting the total to the sum of its parts repairs it.
        Assert.Empty(Findings(ruleId, JsonDocuments.ExampleReport.With(changed, value).With(total, expected)));
    }

    [Fact]
    public void GD201_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/received/commercialEnterprises", 1);
        AssertMessages("GD201", report,
            "总计（11）≠ 自然人（11）+ 商业企业（1）+ 科研机构（0）+ 社会公益组织（0）+ 法律服务机构（0）+ 其他（0）〔本年新收〕",
            "total (11) ≠ natural persons (11) + commercial enterprises (1) + research institutions (0) + public-interest organisations (0) + legal-service agencies (0) + other organisations (0) [received this year]");
    }

    [Fact]
    public void GD202_message_shows_the_non_zero_outcomes_and_counts_the_rest()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/outcomes/disclosed/naturalPersons", 2);
        AssertMessages("GD202", report,
            "办理结果总计（11）≠ 予以公开（2）+ 内部事务信息（1）+ 不掌握相关信息（4）+ 重复申请（4）+ 其他处理（1）+ 其余 16 项（均为 0）〔自然人〕",
            "outcomes total (11) ≠ disclosed (2) + withheld: internal affairs (1) + unable to provide: not held (4) + not processed: repeated applications (4) + other handling: other (1) + 16 other terms (all 0) [natural persons]");
    }

    [Fact]
    public void GD202_message_when_every_outcome_is_zero()
    {
        var report = AnnualReport.Create(2022, "某局").With("/applications/outcomes/total/researchInstitutions", 3);
        AssertMessages("GD202", report,
            "办理结果总计（3）≠ 21 项（均为 0）〔法人或其他组织·科研机构〕",
            "outcomes total (3) ≠ 21 terms (all 0) [research institutions]");
    }

    [Fact]
    public void GD203_fires_for_a_column_that_does_not_balance()
    {
        var finding = Single("GD203", JsonDocuments.ExampleReport.With("/applications/outcomes/total/naturalPersons", 10));
        Assert.Equal("/applications/carriedForward/naturalPersons", finding.Path);
        Assert.Equal(["/applications/received/naturalPersons", "/applications/carriedOver/naturalPersons", "/applications/outcomes/total/naturalPersons"], finding.Related);
        Assert.Equal(1m, finding.Expected);
        Assert.Equal(0m, finding.Actual);
    }

    [Fact]
    public void GD203_passes_when_what_came_in_equals_what_was_handled_or_carried_forward()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/outcomes/total/naturalPersons", 10).With("/applications/carriedForward/naturalPersons", 1);
        Assert.Empty(Findings("GD203", report));
    }

    [Fact]
    public void GD203_message_is_the_example_of_the_issue()
    {
        var report = JsonDocuments.ExampleReport.With("/applications/outcomes/total/naturalPersons", 10);
        AssertMessages("GD203", report,
            "本年新收（11）+ 上年结转（0）≠ 办理结果总计（10）+ 结转下年度（0）〔自然人〕",
            "received this year (11) + carried over from last year (0) ≠ outcomes total (10) + carried forward to next year (0) [natural persons]");
    }

    [Fact]
    public void GD301_message_in_both_languages()
    {
        var report = JsonDocuments.ExampleReport.With("/reviewsAndLitigation/litigationWithoutReview/pending", 1);
        AssertMessages("GD301", report,
            "总计（2）≠ 结果维持（0）+ 结果纠正（0）+ 其他结果（2）+ 尚未审结（1）〔行政诉讼·未经复议直接起诉〕",
            "total (2) ≠ upheld (0) + corrected (0) + other outcome (2) + pending (1) [litigation without review]");
    }

    [Fact]
    public void Every_relation_of_the_form_is_checked_by_its_rule()
    {
        var empty = AnnualReport.Create(2022, "某局");
        foreach (var relation in ReportForm.Relations)
        {
            // In a report of zeros, raising the primary cell breaks the relation, whatever its comparison.
            var findings = Validate.Chinese.Validate(empty.With(relation.Primary.Pointer, 1)).Findings.Where(f => f.RuleId == relation.RuleId);
            Assert.Contains(findings, f => f.Path == relation.Primary.Pointer);
        }
    }
}
