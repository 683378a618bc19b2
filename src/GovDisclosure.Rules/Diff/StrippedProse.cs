using System;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// The prose of one report without white space: its members one after another in one buffer, in document order, so that
/// a section made of several members (the whole overview) is a slice, as is each member. Joining the members with "\n",
/// as <see cref="ProseSection.Text"/> does, and then removing white space gives the same characters, so the similarity
/// is the same. Each thread reuses two of these, so that comparing allocates nothing for the prose.
/// </summary>
internal sealed class StrippedProse
{
    // Larger buffers are given up after use, so that one huge report does not keep its memory on a pooled thread.
    private const int RetainedChars = 1 << 16;
    private const int InitialChars = 4096;

    [ThreadStatic]
    private static StrippedProse? first;

    [ThreadStatic]
    private static StrippedProse? second;

    private readonly int[] ends = new int[ProseSection.Members.Count + 1];
    private char[] chars = new char[InitialChars];
    private int count;

    /// <summary>This thread's buffer for the first text or report (last year's).</summary>
    internal static StrippedProse First => first ??= new StrippedProse();

    /// <summary>This thread's buffer for the second text or report (this year's).</summary>
    internal static StrippedProse Second => second ??= new StrippedProse();

    /// <summary>Reads every prose member of <see cref="ProseSection.Members"/> from the report.</summary>
    internal StrippedProse Read(AnnualReport report)
    {
        var members = ProseSection.Members;
        var length = 0;
        foreach (var member in members)
        {
            length += member.Text(report)?.Length ?? 0;
        }

        Clear(length);
        foreach (var member in members)
        {
            Append(member.Text(report));
        }

        return this;
    }

    /// <summary>Holds one text alone (member 0).</summary>
    internal ReadOnlySpan<char> Hold(string text)
    {
        Clear(text.Length);
        Append(text);
        return Members(0, 1);
    }

    /// <summary>Members from <paramref name="first"/> up to but not including <paramref name="end"/>, without white space.</summary>
    internal ReadOnlySpan<char> Members(int first, int end) => chars.AsSpan(ends[first], ends[end] - ends[first]);

    /// <summary>The section's members, without white space.</summary>
    internal ReadOnlySpan<char> Section(ProseSection section) => Members(section.FirstMember, section.FirstMember + section.Parts.Count);

    /// <summary>Gives up a buffer grown beyond what is worth keeping.</summary>
    internal void Release()
    {
        if (chars.Length > RetainedChars)
        {
            chars = new char[InitialChars];
        }
    }

    private void Clear(int capacity)
    {
        if (chars.Length < capacity)
        {
            chars = new char[Math.Max(capacity, chars.Length * 2)];
        }

        count = 0;
        ends[0] = 0;
    }

    private void Append(string? text)
    {
        var start = ends[count];
        ends[++count] = start + WhiteSpace.CopyWithout(text.AsSpan(), chars.AsSpan(start));
    }
}
