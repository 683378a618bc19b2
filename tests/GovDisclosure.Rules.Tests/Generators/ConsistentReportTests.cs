using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Generators;

public class ConsistentReportTests
{
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void Every_relation_holds_in_a_consistent_report(AnnualReport report) =>
        Assert.DoesNotContain(ReportForm.Relations, r => !r.Holds(report));

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) })]
    public void No_count_is_negative(AnnualReport report) =>
        Assert.All(ReportForm.Cells, c => Assert.True(c.GetValue(report) >= 0, c.Pointer));
}
