using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class TextSimilarityTests
{
    private const string Sentence = "2022年，我局共收到各类政府信息公开申请11件，已全部依法依规办结。";

    [Fact]
    public void Identical_texts_are_exactly_1() => Assert.Equal(1.0, TextSimilarity.Of(Sentence, new string(Sentence.ToCharArray())));

    [Fact]
    public void Two_empty_texts_are_1_and_one_empty_text_is_0()
    {
        Assert.Equal(1.0, TextSimilarity.Of("", null));
        Assert.Equal(1.0, TextSimilarity.Of(" \n", "\t"));
        Assert.Equal(0.0, TextSimilarity.Of(Sentence, ""));
        Assert.Equal(0.0, TextSimilarity.Of(null, Sentence));
    }

    [Theory]
    [InlineData("The annual report was published here.")]
    [InlineData("Nothing was here!")]
    [InlineData("null")]
    public void Null_is_empty_whatever_the_other_text_says(string text)
    {
        Assert.Equal(0.0, TextSimilarity.Of(null, text));
        Assert.Equal(0.0, TextSimilarity.Of(text, null));
    }

    [Fact]
    public void White_space_does_not_count()
    {
        // Text extracted from a page gains and loses spaces and line breaks; the words are what matter.
        Assert.Equal(1.0, TextSimilarity.Of("2022 年，我局共收到\n申请 11 件。", "2022年，我局共收到申请11件。"));
    }

    [Fact]
    public void Changing_the_year_and_a_figure_keeps_a_sentence_nearly_the_same()
    {
        var copied = Sentence.Replace("2022", "2021").Replace("11件", "8件");
        var similarity = TextSimilarity.Of(Sentence, copied);
        Assert.InRange(similarity, 0.85, 0.99);
    }

    [Fact]
    public void Unrelated_Chinese_texts_share_little()
    {
        var other = "加强政务新媒体管理，做好日常信息发布和互动回应。";
        Assert.InRange(TextSimilarity.Of(Sentence, other), 0.0, 0.2);
    }

    [Fact]
    public void Single_characters_compare_through_the_padding()
    {
        Assert.Equal(1.0, TextSimilarity.Of("无", "无"));
        Assert.Equal(0.0, TextSimilarity.Of("无", "有"));
        Assert.Equal(0.4, TextSimilarity.Of("无", "无有"), 10);
    }

    [Fact]
    public void Repeated_phrases_count_as_often_as_they_occur()
    {
        // As sets these would be identical; as multisets the second text has twice the bigrams of the first.
        var once = "政府信息公开";
        var twice = once + once;
        Assert.True(TextSimilarity.Of(once, twice) < 0.8);
    }

    [Fact]
    public void Paragraphs_moved_around_remain_similar()
    {
        var a = "一是加强制度建设。二是优化办理流程。三是丰富解读形式。";
        var b = "三是丰富解读形式。一是加强制度建设。二是优化办理流程。";
        Assert.True(TextSimilarity.Of(a, b) > 0.9);
    }

    [Fact]
    public void Sections_of_ten_thousand_characters_are_compared()
    {
        var previous = string.Concat(Enumerable.Repeat(Sentence, 300));
        var current = previous.Replace("2022", "2023");
        Assert.True(previous.Length > 10000);
        Assert.InRange(TextSimilarity.Of(previous, current), 0.9, 0.999);
    }

    [Property]
    public bool Similarity_is_symmetric(string? a, string? b) => TextSimilarity.Of(a, b) == TextSimilarity.Of(b, a);

    [Property]
    public bool Similarity_is_between_0_and_1(string? a, string? b) => TextSimilarity.Of(a, b) is >= 0 and <= 1;

    [Property]
    public bool A_text_is_exactly_similar_to_itself(string? a) => TextSimilarity.Of(a, a == null ? null : new string(a.ToCharArray())) == 1.0;
}
