using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

public class BrokenReportTests
{
    private static readonly string[] RelationRules = ReportForm.Relations.Select(r => r.RuleId).Distinct().ToArray();

    public static TheoryData<string> BreakableRules() => new(ReportGenerators.BreakableRules);

    [Fact]
    public void Every_relation_rule_and_the_prose_rules_can_be_broken() =>
        Assert.Superset(new HashSet<string>(RelationRules.Concat(["GD001", "GD003", "GD102", "GD401", "GD402", "GD403"])), new HashSet<string>(ReportGenerators.BreakableRules));

    [Theory]
    [MemberData(nameof(BreakableRules))]
    public void Only_the_broken_rules_relations_fail(string ruleId) =>
        Prop.ForAll(ReportGenerators.BrokenReport(ruleId).ToArbitrary(), report =>
        {
            var failing = ReportForm.Relations.Where(r => !r.Holds(report)).Select(r => r.RuleId).Distinct().ToArray();
            if (RelationRules.Contains(ruleId))
            {
                Assert.Equal([ruleId], failing);
            }
            else
            {
                Assert.Empty(failing);
            }
        }).QuickCheckThrowOnFailure();

    [Theory]
    [MemberData(nameof(BreakableRules))]
    public void The_broken_rules_condition_holds_and_the_prose_agrees_otherwise(string ruleId) =>
        Prop.ForAll(ReportGenerators.BrokenReport(ruleId).ToArbitrary(), report =>
        {
            Assert.Equal(ruleId == "GD001", report.Year < 2021);
            Assert.Equal(ruleId == "GD002", report.Year > DateTime.Today.Year);
            Assert.Equal(ruleId == "GD003", ReportForm.Texts.Any(t => t.IsRequired && string.IsNullOrWhiteSpace(t.GetText(report))));
            Assert.Equal(ruleId == "GD004", ReportForm.OverviewTopics.Any(t => !Prose.Overview(report).Contains(t.Keyword)));
            var fee = report.ProactiveDisclosure.Fees.AmountTenThousandYuan;
            Assert.Equal(ruleId == "GD102", decimal.Round(fee, 4) != fee);

            if (!string.IsNullOrWhiteSpace(report.Overview.RequestedDisclosure))
            {
                var stated = Prose.StatedReceived(report);
                Assert.Equal(ruleId == "GD401", stated != Prose.Received(report) && stated != Prose.Received(report) + Prose.CarriedOver(report));
            }

            Assert.Equal(ruleId == "GD402", Prose.SaysAllConcluded(report) && Prose.CarriedForward(report) > 0);
            Assert.Equal(ruleId == "GD403", Prose.SaysNoCases(report) && Prose.Cases(report) > 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void An_unknown_rule_is_a_bad_call()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportGenerators.BrokenReport("GD999"));
        Assert.Contains("GD203", e.Message);
        Assert.Throws<ArgumentNullException>(() => ReportGenerators.BrokenReport(null!));
    }
}
