using P = GovDisclosure.Rules.Validation.Prose.ProsePhrases;
using S = GovDisclosure.Rules.Validation.Prose.ProseSpan;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Finds statements that every application was concluded (GD402), such as 已全部依法依规办结, 均已办结, 全部按时办结,
/// 均在法定期限内办结, 所有申请一律办结, 按时办结率100%.
/// </summary>
/// <remarks>
/// A statement is 办结 with 全部, 均, 一律 or 全数 earlier in its clause, or 办结率 followed in its clause by 100%, 100％ or
/// 百分之百 — unless the clause negates it (未, 没, 不, 尚: 尚未全部办结). The text itself explains an exception, and nothing is
/// stated, when the same text mentions carrying forward (结转, 转入下年度, 正在办理 …) or the sentence speaks of the rest only
/// (其余均已办结, 其他, 剩余, 除…外).
/// </remarks>
internal static class AllConcludedStatement
{
    /// <summary>Finds the first statement in a text and returns its clause, or null.</summary>
    internal static string? Find(string text)
    {
        if (S.ContainsAny(text, P.CarryForwardWords, 0, text.Length))
        {
            return null;
        }

        // Every 办结 asks about its clause and sentence: each is measured once, however many 办结 it holds.
        var cursor = new ProseCursor(text);
        var negations = new WordExtent(P.ConcludedNegations);
        var allWords = new WordExtent(P.AllWords);
        var fullRates = new WordExtent(P.FullRates);
        var remainder = new WordExtent(P.RemainderWords);
        for (var k = S.Find(text, P.Concluded, 0, text.Length); k >= 0; k = S.Find(text, P.Concluded, k + 1, text.Length))
        {
            var clauseStart = cursor.ClauseStart(k);
            var clauseEnd = cursor.ClauseEnd(k);
            var after = k + P.Concluded.Length;
            if (negations.Before(text, clauseStart, clauseEnd, k))
            {
                continue;
            }

            var fullRate = S.IsAt(text, after, P.Rate) && fullRates.From(text, clauseStart, clauseEnd, after);
            if (!fullRate && !allWords.Before(text, clauseStart, clauseEnd, k))
            {
                continue;
            }

            if (remainder.Anywhere(text, cursor.SentenceStart(k), cursor.SentenceEnd(k)))
            {
                continue;
            }

            return S.Quote(text, clauseStart, fullRate ? clauseEnd : after);
        }

        return null;
    }
}
