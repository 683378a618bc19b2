using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Testing;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

/// <summary>
/// The similarity pairs runs of equal text before it counts the rest in a hash table; whatever it pairs, the number must be
/// exactly that of the plain definition (<see cref="ReferenceSimilarity"/>), for any texts and any edits of a text.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SimilarityAgreementProperties.Arbitraries), typeof(ReportArbitraries) })]
public class SimilarityAgreementProperties
{
    [Property(MaxTest = 300)]
    public void Any_two_texts_give_exactly_the_reference_similarity(SmallText a, SmallText b)
    {
        Assert.Equal(ReferenceSimilarity.Of(a.Text, b.Text), TextSimilarity.Of(a.Text, b.Text));
    }

    [Property(MaxTest = 300)]
    public void A_text_and_an_edit_of_it_give_exactly_the_reference_similarity(EditedText text)
    {
        Assert.Equal(ReferenceSimilarity.Of(text.Original, text.Edited), TextSimilarity.Of(text.Original, text.Edited));
        Assert.Equal(ReferenceSimilarity.Of(text.Edited, text.Original), TextSimilarity.Of(text.Edited, text.Original));
    }

    [Property]
    public void The_seeds_prose_edited_gives_exactly_the_reference_similarity(EditedSeedProse prose)
    {
        Assert.Equal(ReferenceSimilarity.Of(prose.Original, prose.Edited), TextSimilarity.Of(prose.Original, prose.Edited));
    }

    [Property]
    public void Every_section_of_a_comparison_gives_exactly_the_reference_similarity_of_its_joined_text(AnnualReport a, AnnualReport b)
    {
        var sections = ReportComparer.Compare(a, b).Sections;

        Assert.All(sections, s => Assert.Equal(ReferenceSimilarity.Of(s.Section.Text(a), s.Section.Text(b)), s.Similarity));
    }

    [Fact]
    public void A_section_copied_with_every_year_changed_gives_exactly_the_reference_similarity()
    {
        var previous = DiffFixtures.Seed;
        foreach (var section in ProseSection.All)
        {
            var before = section.Text(previous);
            var after = before.Replace("2022", "2023").Replace("2021", "2022");
            Assert.Equal(ReferenceSimilarity.Of(before, after), TextSimilarity.Of(before, after));
        }
    }

    [Fact]
    public void Texts_longer_than_the_kept_buffers_give_the_reference_similarity_and_leave_later_calls_right()
    {
        // 100,000 characters: beyond what a thread keeps, so the buffers and the table are given up after the call.
        var random = new System.Random(8);
        var long1 = new string(Enumerable.Range(0, 100_000).Select(_ => EditedText.Alphabet[random.Next(EditedText.Alphabet.Length)]).ToArray());
        var long2 = EditedText.Apply(long1, [new TextEdit(TextEditKind.Substitute, 1000, 3, 0, "政府"), new TextEdit(TextEditKind.Move, 70_000, 5_000, 20, "")]);
        const string Short1 = "2022年收到申请11件";
        const string Short2 = "2023年收到申请8件";

        Assert.Equal(ReferenceSimilarity.Of(long1, long2), TextSimilarity.Of(long1, long2));
        Assert.Equal(ReferenceSimilarity.Of(Short1, Short2), TextSimilarity.Of(Short1, Short2));
    }

    /// <summary>Any text over <see cref="EditedText.Alphabet"/> of up to 40 characters.</summary>
    public sealed record SmallText(string Text);

    /// <summary>One prose member of the seed and an edit of it.</summary>
    public sealed record EditedSeedProse(string Original, TextEdit[] Edits)
    {
        public string Edited { get; } = EditedText.Apply(Original, Edits);

        public override string ToString() => $"{Original.Length} characters, {string.Join(", ", Edits)}";
    }

    public static class Arbitraries
    {
        private static readonly string[] SeedProse = ProseSection.Members.Select(m => m.GetText(DiffFixtures.Seed)).OfType<string>().ToArray();

        public static Arbitrary<SmallText> SmallText() => Arb.From(Diff.EditedText.Text(40).Select(t => new SmallText(t)));

        public static Arbitrary<EditedText> EditedText() => Diff.EditedText.Any();

        public static Arbitrary<EditedSeedProse> EditedSeedProse() => Arb.From(
            from original in Gen.Elements(SeedProse)
            from edits in Diff.EditedText.Any().Generator.Select(e => e.Edits.ToArray())
            select new EditedSeedProse(original, edits));
    }
}
