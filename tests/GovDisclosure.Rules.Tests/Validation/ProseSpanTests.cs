using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Rules.Validation.Prose;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

/// <summary>
/// The prose scanners jump between candidate characters (vectorised on .NET); they must find exactly what a plain walk
/// over every position finds. The walks below are that plain reference.
/// </summary>
public class ProseSpanTests
{
    // Few letters, so that words and marks meet often: sentence and clause marks, the first characters of the words, others.
    private const string Alphabet = "。；！？;!?\n\r，,：:未没无发生复议诉讼收到新受接申请件其余 a1";

    private static readonly string SentenceMarks = "。；！？;!?\n\r";
    private static readonly string ClauseMarks = SentenceMarks + "，,：:";

    public static Arbitrary<string> Prose() =>
        Gen.Elements(Alphabet.ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();

    [Property(Arbitrary = new[] { typeof(ProseSpanTests) })]
    public void Sentences_and_clauses_end_and_start_where_a_walk_finds_them(string text)
    {
        for (var i = 0; i <= text.Length; i++)
        {
            Assert.Equal(WalkBack(text, i, SentenceMarks), ProseSpan.SentenceStart(text, i));
            Assert.Equal(WalkBack(text, i, ClauseMarks), ProseSpan.ClauseStart(text, i));
            Assert.Equal(WalkForward(text, i, SentenceMarks), ProseSpan.SentenceEnd(text, i));
            Assert.Equal(WalkForward(text, i, ClauseMarks), ProseSpan.ClauseEnd(text, i));
        }
    }

    [Property(Arbitrary = new[] { typeof(ProseSpanTests) })]
    public void A_word_is_found_first_where_a_walk_finds_it(string text, string word)
    {
        if (word.Length == 0)
        {
            return;
        }

        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end += 3)
            {
                Assert.Equal(WalkFind(text, word, start, end), ProseSpan.Find(text, word, start, end));
            }
        }
    }

    private static int WalkBack(string text, int i, string marks)
    {
        while (i > 0 && marks.IndexOf(text[i - 1]) < 0)
        {
            i--;
        }

        return i;
    }

    private static int WalkForward(string text, int i, string marks)
    {
        while (i < text.Length && marks.IndexOf(text[i]) < 0)
        {
            i++;
        }

        return i;
    }

    private static int WalkFind(string text, string word, int start, int end)
    {
        for (var i = start; i + word.Length <= end; i++)
        {
            if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    [Theory]
    [InlineData("，　收到申请 3 件\n。", 1, 11, "收到申请 3 件")]
    [InlineData("收到申请 3 件", 0, 8, "收到申请 3 件")]
    [InlineData("  \t ", 0, 4, "")]
    [InlineData(" 共 5 件 ", 1, 6, "共 5 件")]
    public void A_quoted_clause_loses_the_white_space_around_it_but_not_inside(string text, int start, int end, string quoted) =>
        Assert.Equal(quoted, ProseSpan.Quote(text, start, end));

    [Fact]
    public void A_character_set_finds_the_last_of_its_characters_inside_the_range_only()
    {
        var denials = CharSet.FirstCharactersOf(["未发生", "没有"]);

        Assert.Equal(2, denials.LastIndexIn("未a未b没c", 1, 4));
        Assert.Equal(4, denials.LastIndexIn("未a未b没c", 1, 6));
        Assert.Equal(-1, denials.LastIndexIn("a未bc", 2, 4));
        Assert.Equal(-1, denials.LastIndexIn("未bc", 1, 1));
        Assert.Equal(2, denials.IndexIn("未a未b没c", 1, 6));
        Assert.Equal(-1, denials.IndexIn("未a未b没c", 5, 6));
    }
}
