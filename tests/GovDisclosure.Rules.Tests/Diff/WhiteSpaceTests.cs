using System;
using System.Linq;
using FsCheck.Xunit;
using GovDisclosure.Rules.Diff;
using Xunit;

namespace GovDisclosure.Rules.Tests.Diff;

public class WhiteSpaceTests
{
    [Fact]
    public void Every_white_space_character_is_known_and_none_is_above_the_ideographic_space()
    {
        var every = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray();

        Assert.Equal(every, WhiteSpace.All());
        Assert.Equal(WhiteSpace.Last, every.Max());
    }

    [Property]
    public void Copying_without_white_space_keeps_every_other_character_in_order(string? text)
    {
        text ??= "";
        var destination = new char[text.Length];

        var written = WhiteSpace.CopyWithout(text.AsSpan(), destination);

        Assert.Equal(ReferenceSimilarity.WithoutWhiteSpace(text), new string(destination, 0, written));
    }

    [Fact]
    public void White_space_of_every_kind_goes()
    {
        var all = new string(WhiteSpace.All());
        var text = "政" + all + "府" + all + all + "1 2";
        var destination = new char[text.Length];

        Assert.Equal("政府12", new string(destination, 0, WhiteSpace.CopyWithout(text.AsSpan(), destination)));
    }
}
