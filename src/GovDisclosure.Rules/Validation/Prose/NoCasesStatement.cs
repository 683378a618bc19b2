using P = GovDisclosure.Rules.Validation.Prose.ProsePhrases;
using S = GovDisclosure.Rules.Validation.Prose.ProseSpan;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Finds statements that no administrative review or litigation occurred (GD403), such as
/// 未发生因政府信息公开引起的行政复议、行政诉讼, 无因政府信息公开被申请行政复议和提起行政诉讼情况, 未被申请行政复议,
/// 没有发生行政诉讼案件.
/// </summary>
/// <remarks>
/// A statement is a clause holding a denial (<see cref="P.NoCaseNegations"/>: 未发生, 没有发生, 未出现, 未被, 未有, 没有, 无 …)
/// followed in the clause by 复议 (review; not 未经复议 or 复议后, which qualify litigation) or by 诉讼/起诉 (litigation). It
/// denies only what it names: 未发生行政复议 says nothing of litigation. Nothing is stated when the clause is an aim
/// (确保, 力争, 避免 … before the denial) or the sentence speaks of the rest only (其他, 其余, 除…外).
/// </remarks>
internal static class NoCasesStatement
{
    private const string NotYetReviewed = "未经";
    private const char After = '后';

    // Denials start with one of a few characters (未, 没, 无): the scan jumps between them.
    private static readonly CharSet DenialStarts = CharSet.FirstCharactersOf(P.NoCaseNegations);

    /// <summary>Finds the first statement in a text: its clause, and whether it denies review, litigation or both.</summary>
    internal static string? Find(string text, out bool deniesReview, out bool deniesLitigation)
    {
        // Each clause is judged by its first denial; a clause that states nothing moves the search to the next clause.
        // A sentence of many clauses is searched for 其余/其他 … once, not once per clause.
        var cursor = new ProseCursor(text);
        var remainder = new WordExtent(P.RemainderWords);
        for (var denial = FindDenial(text, 0, out var denialEnd); denial >= 0;)
        {
            var clauseEnd = S.ClauseEnd(text, denial);

            // Cheapest test first: most denials (无, 没有 …) name neither review nor litigation.
            deniesReview = NamesReview(text, denialEnd, clauseEnd);
            deniesLitigation = S.ContainsAny(text, P.LitigationWords, denialEnd, clauseEnd);
            if (deniesReview || deniesLitigation)
            {
                var clauseStart = S.ClauseStart(text, denial);
                if (!S.ContainsAny(text, P.AimWords, clauseStart, denial)
                    && !remainder.Anywhere(text, cursor.SentenceStart(clauseStart), cursor.SentenceEnd(clauseStart)))
                {
                    return S.Quote(text, clauseStart, clauseEnd);
                }
            }

            denial = clauseEnd < text.Length ? FindDenial(text, clauseEnd + 1, out denialEnd) : -1;
        }

        deniesReview = false;
        deniesLitigation = false;
        return null;
    }

    /// <summary>The first denial at or after <paramref name="from"/>, or −1.</summary>
    private static int FindDenial(string text, int from, out int denialEnd)
    {
        for (var i = DenialStarts.IndexIn(text, from, text.Length); i >= 0; i = DenialStarts.IndexIn(text, i + 1, text.Length))
        {
            var word = S.WordAt(text, i, P.NoCaseNegations);
            if (word is not null && S.WordAt(text, i, P.NotNegations) is null)
            {
                denialEnd = i + word.Length;
                return i;
            }
        }

        denialEnd = text.Length;
        return -1;
    }

    private static bool NamesReview(string text, int start, int end)
    {
        for (var r = S.Find(text, P.Review, start, end); r >= 0; r = S.Find(text, P.Review, r + 1, end))
        {
            var qualifiesLitigation = S.IsAt(text, r - NotYetReviewed.Length, NotYetReviewed)
                || (r + P.Review.Length < text.Length && text[r + P.Review.Length] == After);
            if (!qualifiesLitigation)
            {
                return true;
            }
        }

        return false;
    }
}
