using GovDisclosure.Rules.Form;
using P = GovDisclosure.Rules.Validation.Prose.ProsePhrases;
using S = GovDisclosure.Rules.Validation.Prose.ProseSpan;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// Finds statements of how many applications were received (GD401), such as 共收到各类政府信息公开申请11件,
/// 新收政府信息公开申请十一件, 受理依申请公开一百零二件, 收到政府信息公开申请，共计11件, 收到11件申请, 本年度未收到政府信息公开申请 (0).
/// </summary>
/// <remarks>
/// A statement is a verb of <see cref="P.ReceivedVerbs"/>, then — in the same clause, or in the next clause when that opens
/// with 共/合计/总计/累计, and within <see cref="P.MaxDistance"/> characters — the first figure that is not a date, followed
/// by 件; 申请 must occur between the verb and the figure or in the clause right after 件 (within <see cref="P.MaxDistance"/>
/// characters, as are the spaces between a figure and its 件). 其中 before the verb in its sentence states a part,
/// not the whole; a figure right after 约, 近, 数, 余 … is approximate and not compared;
/// 后 between the verb and the figure makes the verb a time (收到申请后…答复8件); a figure followed by anything but 件 (11条,
/// 30%) ends the search. 未收到/没有接到 … 申请 with no figure states 0.
/// </remarks>
internal struct ReceivedStatement
{
    // The verbs start with one of a few characters (收, 新, 受, 接): the scan jumps between them.
    private static readonly CharSet VerbStarts = CharSet.FirstCharactersOf(P.ReceivedVerbs);
    private static readonly CharSet ClauseMarks = new(S.ClauseEndings);
    private static readonly string[] ApplicationWord = [P.Application];

    // Each verb asks about its sentence: the cursor and the extents find the sentence's end, its 其中 and its 申请 once.
    private ProseCursor cursor;
    private WordExtent parts;
    private WordExtent applications;

    /// <summary>Starts a scan of one text.</summary>
    internal ReceivedStatement(string text)
    {
        cursor = new ProseCursor(text);
        parts = new WordExtent(P.PartMarkers);
        applications = new WordExtent(ApplicationWord);
    }

    /// <summary>Finds the next statement at or after <paramref name="from"/>; <paramref name="next"/> is where to look after it.</summary>
    internal bool TryFind(int from, out long count, out int next)
    {
        var text = cursor.Text;
        for (var i = VerbStarts.IndexIn(text, from, text.Length); i >= 0; i = VerbStarts.IndexIn(text, i + 1, text.Length))
        {
            var verb = S.WordAt(text, i, P.ReceivedVerbs);
            if (verb is null)
            {
                continue;
            }

            var sentenceStart = cursor.SentenceStart(i);
            var sentenceEnd = cursor.SentenceEnd(i);
            if (S.EndsWithAny(text, i, P.ReceivedNegations))
            {
                if (StatesNone(text, i, verb, sentenceStart, sentenceEnd))
                {
                    count = 0;
                    next = sentenceEnd;
                    return true;
                }

                continue;
            }

            if (parts.Before(text, sentenceStart, sentenceEnd, i))
            {
                continue;
            }

            if (TryReadFigure(text, i, i + verb.Length, sentenceEnd, out count))
            {
                // One statement per sentence: what follows (其中…收到…) breaks the whole down.
                next = sentenceEnd;
                return true;
            }
        }

        count = 0;
        next = text.Length;
        return false;
    }

    private bool StatesNone(string text, int verbAt, string verb, int sentenceStart, int sentenceEnd)
    {
        if (S.WordAt(text, verbAt, P.NoneReceivedVerbs) is null || !applications.From(text, sentenceStart, sentenceEnd, verbAt + verb.Length))
        {
            return false;
        }

        // 未收到…申请 with a figure (未收到答复的申请2件) is not a statement of none.
        return !TryReadFigure(text, verbAt, verbAt + verb.Length, sentenceEnd, out _);
    }

    /// <summary>
    /// Reads the figure of a verb: everything it looks at lies within <see cref="P.MaxDistance"/> characters of the verb or
    /// of the figure, so that its work is bounded whatever the length of the sentence.
    /// </summary>
    private static bool TryReadFigure(string text, int verbAt, int start, int sentenceEnd, out long count)
    {
        count = 0;
        var window = System.Math.Min(start + P.MaxDistance, text.Length);
        var end = ClauseEndWithin(text, start, window);
        if (end < sentenceEnd && end < window && OpensWithTotal(text, end + 1, window))
        {
            end = ClauseEndWithin(text, end + 1, window);
        }

        // Jump from figure to figure rather than testing every character.
        for (var j = StatedNumber.Numerals.IndexIn(text, start, end); j >= 0; j = j < end ? StatedNumber.Numerals.IndexIn(text, j, end) : -1)
        {
            var read = StatedNumber.TryRead(text, j, sentenceEnd, out var value, out var numberEnd, out var chinese);
            var k = numberEnd;
            var spaces = System.Math.Min(sentenceEnd, numberEnd + P.MaxDistance);
            while (k < spaces && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            ScanWork.Add(k - numberEnd);
            var after = k < text.Length ? text[k] : '\0';
            if (read && P.DateUnits.IndexOf(after) >= 0)
            {
                j = k + 1;
                continue;
            }

            if (read && after == P.Piece)
            {
                if (P.Approximations.IndexOf(text[j - 1]) >= 0 || S.Contains(text, P.Afterwards, start, j))
                {
                    return false;
                }

                if (!S.Contains(text, P.Application, verbAt, j) && !S.Contains(text, P.Application, k + 1, ClauseEndWithin(text, k + 1, System.Math.Min(k + 1 + P.MaxDistance, text.Length))))
                {
                    return false;
                }

                count = value;
                return true;
            }

            if (!chinese)
            {
                // A figure of something else (11条, 30%) or too long to be a count.
                return false;
            }

            // Chinese numerals inside a word (一是, 统一): read on.
            j = numberEnd > j ? numberEnd : j + 1;
        }

        return false;
    }

    /// <summary>The end of the clause holding <paramref name="i"/>, or <paramref name="limit"/> if it ends later.</summary>
    private static int ClauseEndWithin(string text, int i, int limit)
    {
        if (i >= limit)
        {
            return System.Math.Max(i, limit);
        }

        var mark = ClauseMarks.IndexIn(text, i, limit);
        return mark < 0 ? limit : mark;
    }

    private static bool OpensWithTotal(string text, int i, int limit)
    {
        var from = i;
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        ScanWork.Add(i - from);
        return i < limit && S.WordAt(text, i, P.TotalLeads) is not null;
    }
}
