using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Messages;

/// <summary>
/// The arguments of the arithmetic findings are values a host can read: the relation that fails (its cells, with their
/// pointers and labels) and the report's figures in those cells, figures that break the relation.
/// </summary>
public class FindingArgumentsTests
{
    private static readonly ReportValidator Validator = new(new ValidationOptions());

    public static TheoryData<string> RelationRules() => new(ReportForm.Relations.Select(r => r.RuleId).Distinct());

    [Theory]
    [MemberData(nameof(RelationRules))]
    public void A_sum_findings_argument_is_its_relation_with_the_reports_figures(string ruleId) =>
        Prop.ForAll(ReportGenerators.BrokenReport(ruleId).ToArbitrary(), report =>
        {
            var findings = Validator.Validate(report).Findings.Where(f => f.RuleId == ruleId).ToList();
            Assert.NotEmpty(findings);
            foreach (var finding in findings)
            {
                var figures = Assert.IsType<RelationFigures>(Assert.Single(finding.Arguments));
                var relation = figures.Relation;
                Assert.Equal(ruleId, relation.RuleId);
                Assert.Equal(relation.Primary.Pointer, finding.Path);
                Assert.Equal(relation.Left.Select(c => c.GetCount(report)), figures.Left);
                Assert.Equal(relation.Right.Select(c => c.GetCount(report)), figures.Right);
                var (left, right) = (figures.Left.Sum(), figures.Right.Sum());
                Assert.False(relation.Comparison == RelationComparison.Equal ? left == right : left <= right, $"{relation} holds: {left}, {right}");
                Assert.Equal(finding.Actual, relation.Primary.GetCount(report));
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_year_over_year_findings_arguments_are_its_relation_and_figures_or_its_cell_and_counts()
    {
        var seen = new System.Collections.Generic.HashSet<string>();
        Prop.ForAll((from a in ReportGenerators.ConsistentReport() from b in ReportGenerators.ConsistentReport() select (a, b)).ToArbitrary(), pair =>
        {
            var (previous, current) = pair;
            foreach (var finding in ReportComparer.Compare(previous, current, new DiffOptions()).Findings)
            {
                switch (finding.RuleId)
                {
                    case "GD503" or "GD504":
                        var figures = Assert.IsType<YearOverYearFigures>(Assert.Single(finding.Arguments));
                        var relation = figures.Relation;
                        Assert.Equal(finding.RuleId, relation.RuleId);
                        Assert.Equal(relation.Current.Pointer, finding.Path);
                        Assert.Equal(relation.Current.GetCount(current), figures.Current);
                        Assert.Equal(relation.FromPrevious.GetCount(previous), figures.FromPrevious);
                        Assert.Equal(relation.Added.Select(c => c.GetCount(current)), figures.Added);
                        Assert.Equal(relation.Subtracted.Select(c => c.GetCount(current)), figures.Subtracted);
                        var expected = figures.FromPrevious + figures.Added.Sum() - figures.Subtracted.Sum();
                        Assert.Equal(finding.Expected, expected);
                        Assert.NotEqual(expected, figures.Current);
                        break;
                    case "GD506":
                        var cell = Assert.IsType<FormCell>(finding.Arguments[0]);
                        Assert.Equal(cell.Pointer, finding.Path);
                        Assert.Equal(cell.GetCount(previous), Assert.IsType<long>(finding.Arguments[1]));
                        Assert.Equal(cell.GetCount(current), Assert.IsType<long>(finding.Arguments[2]));
                        Assert.IsType<MessagePart>(finding.Arguments[3]);
                        break;
                    default:
                        continue;
                }

                lock (seen)
                {
                    seen.Add(finding.RuleId);
                }
            }
        }).QuickCheckThrowOnFailure();

        // Two unrelated reports break the carry-overs and change figures sharply: each kind was seen, not passed over.
        Assert.Equal(["GD503", "GD504", "GD506"], seen.Order());
    }
}
