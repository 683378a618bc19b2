using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// The random choices behind a report's prose: which phrasing each sentence takes, and the figures the prose mentions that
/// no table holds (items published, training sessions). Kept apart from the figures so that the prose can be written
/// again, the same way, after the figures change.
/// </summary>
internal sealed class Wording
{
    private const int Slots = 16;
    private readonly int[] variants;
    private readonly int[] numbers;

    private Wording(int[] variants, int[] numbers)
    {
        this.variants = variants;
        this.numbers = numbers;
    }

    /// <summary>The plainest wording: every first phrasing, every smallest figure (what a shrunk report reads).</summary>
    public static Wording Plain { get; } = new(new int[Slots], new int[Slots]);

    public static Gen<Wording> Any { get; } =
        from v in Gen.Choose(0, 9_999).ArrayOf(Slots)
        from n in Gen.Choose(0, 9_999).ArrayOf(Slots)
        select new Wording(v, n);

    /// <summary>
    /// Next year's wording: every sentence takes the phrasing after this year's one (each sentence has at least two), and
    /// the prose's own figures are chosen afresh, so that the text is not a copy of last year's (内容雷同).
    /// </summary>
    public Gen<Wording> NextYear() => Gen.Choose(0, 9_999).ArrayOf(Slots).Select(NextYear);

    /// <summary>Next year's wording with the prose's own figures given.</summary>
    public Wording NextYear(int[] freshNumbers) => new(variants.Select(v => v + 1).ToArray(), freshNumbers);

    /// <summary>The plain wording's next year: what the later report of a shrunk pair reads.</summary>
    public static Wording PlainNextYear { get; } = Plain.NextYear(Enumerable.Repeat(1, Slots).ToArray());

    /// <summary>The phrasing a sentence takes.</summary>
    public string Pick(Sentence sentence, params string[] phrasings) => phrasings[variants[(int)sentence] % phrasings.Length];

    /// <summary>A figure of the prose's own, from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int Number(Sentence sentence, int min, int max) => min + (numbers[(int)sentence] % (max - min + 1));
}

/// <summary>The sentences of the generated prose whose phrasing varies.</summary>
internal enum Sentence
{
    Preamble,
    Summary,
    SummaryClose,
    Proactive,
    ProactiveChannels,
    Requested,
    RequestedOutcomes,
    Concluded,
    Management,
    Platform,
    Oversight,
    Cases,
    Problems,
    Improvements,
    Fees,
    OtherMatters,
}
