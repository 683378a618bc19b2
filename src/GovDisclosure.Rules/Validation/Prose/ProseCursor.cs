using S = GovDisclosure.Rules.Validation.Prose.ProseSpan;

namespace GovDisclosure.Rules.Validation.Prose;

/// <summary>
/// The sentence and the clause last asked about in one text. A scan that moves forward through the text asks about many
/// positions in the same sentence; each boundary is then found once, not once per position. A text without a single
/// full stop is one sentence, and finding its end anew for every verb in it would make the rules quadratic.
/// </summary>
internal struct ProseCursor
{
    // [start, end]: every position whose sentence (clause) starts at start and ends at end (end is the mark, or the text's end).
    private int sentenceStart;
    private int sentenceEnd;
    private int clauseStart;
    private int clauseEnd;

    internal ProseCursor(string text)
    {
        Text = text;
        sentenceStart = clauseStart = 0;
        sentenceEnd = clauseEnd = -1;
    }

    /// <summary>The text scanned.</summary>
    internal string Text { get; }

    /// <summary>The start of the sentence holding position <paramref name="i"/>, as <see cref="ProseSpan.SentenceStart"/>.</summary>
    internal int SentenceStart(int i)
    {
        LocateSentence(i);
        return sentenceStart;
    }

    /// <summary>The end of the sentence holding position <paramref name="i"/>, as <see cref="ProseSpan.SentenceEnd"/>.</summary>
    internal int SentenceEnd(int i)
    {
        LocateSentence(i);
        return sentenceEnd;
    }

    /// <summary>The start of the clause holding position <paramref name="i"/>, as <see cref="ProseSpan.ClauseStart"/>.</summary>
    internal int ClauseStart(int i)
    {
        LocateClause(i);
        return clauseStart;
    }

    /// <summary>The end of the clause holding position <paramref name="i"/>, as <see cref="ProseSpan.ClauseEnd"/>.</summary>
    internal int ClauseEnd(int i)
    {
        LocateClause(i);
        return clauseEnd;
    }

    private void LocateSentence(int i)
    {
        if (i < sentenceStart || i > sentenceEnd)
        {
            sentenceStart = S.SentenceStart(Text, i);
            sentenceEnd = S.SentenceEnd(Text, i);
        }
    }

    private void LocateClause(int i)
    {
        if (i < clauseStart || i > clauseEnd)
        {
            clauseStart = S.ClauseStart(Text, i);
            clauseEnd = S.ClauseEnd(Text, i);
        }
    }
}
