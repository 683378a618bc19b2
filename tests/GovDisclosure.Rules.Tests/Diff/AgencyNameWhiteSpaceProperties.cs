using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>GD502 compares the agency names in place, skipping white space: it must agree with removing the white space first.</summary>
public class AgencyNameWhiteSpaceProperties
{
    [Property(MaxTest = 300)]
    public Property GD502_is_found_exactly_when_the_names_differ_besides_white_space() => Prop.ForAll(
        Arb.From(from a in EditedText.Text(12)
                 from b in Gen.OneOf(EditedText.Text(12), Gen.Constant(a + " "), Gen.Constant("\u3000" + a.Replace("a", "a\n")))
                 select (a, b)),
        names =>
        {
            var previous = DiffFixtures.Seed with { Agency = DiffFixtures.Seed.Agency with { Name = names.a } };
            var current = DiffFixtures.Seed with { Year = DiffFixtures.Seed.Year + 1, Agency = DiffFixtures.Seed.Agency with { Name = names.b } };

            var found = ReportComparer.Compare(previous, current).Findings.Any(f => f.RuleId == "GD502");

            Assert.Equal(ReferenceSimilarity.WithoutWhiteSpace(names.a) != ReferenceSimilarity.WithoutWhiteSpace(names.b), found);
        });
}
