using System.Collections.Generic;
using System.Globalization;

namespace GovDisclosure.Rules.Validation.Corrections;

/// <summary>How a corrected figure could have come to be printed as it was, from the likeliest slip down.</summary>
internal enum TypingSlip
{
    /// <summary>Two neighbouring digits swapped: 12 printed as 21.</summary>
    DigitsSwapped,

    /// <summary>A digit left out: 120 printed as 12.</summary>
    DigitDropped,

    /// <summary>A digit typed twice: 12 printed as 122.</summary>
    DigitDoubled,

    /// <summary>The figure of a neighbouring cell typed into this one.</summary>
    NeighbourValue,

    /// <summary>A total left as it was when a figure it adds up changed.</summary>
    TotalNotUpdated,

    /// <summary>No slip explains the difference.</summary>
    None,
}

/// <summary>Recognises typing slips between a corrected figure and the printed one, and proposes the figures a slip could have printed.</summary>
internal static class TypingSlips
{
    /// <summary>How unlikely a slip is: the sum over a correction's cells ranks corrections of the same size (lower first).</summary>
    internal static int Cost(TypingSlip slip) => slip switch
    {
        TypingSlip.DigitsSwapped or TypingSlip.DigitDropped or TypingSlip.DigitDoubled => 1,
        TypingSlip.NeighbourValue or TypingSlip.TotalNotUpdated => 2,
        _ => 3,
    };

    /// <summary>The slip that turns <paramref name="corrected"/> into <paramref name="printed"/> in a cell, if any.</summary>
    internal static TypingSlip Classify(long printed, long corrected, int cell, long[] counts, RelationSystem system)
    {
        var p = Digits(printed);
        var c = Digits(corrected);
        if (p.Length == c.Length && IsAdjacentSwap(p, c))
        {
            return TypingSlip.DigitsSwapped;
        }

        if (p.Length + 1 == c.Length && IsOneDeleted(c, p))
        {
            return TypingSlip.DigitDropped;
        }

        if (p.Length == c.Length + 1 && IsOneDeleted(p, c))
        {
            return TypingSlip.DigitDoubled;
        }

        // A 0 beside a 0 is how most of the form looks, not a slip.
        foreach (var neighbour in system.Neighbours[cell])
        {
            if (printed != 0 && counts[neighbour] == printed)
            {
                return TypingSlip.NeighbourValue;
            }
        }

        return system.IsTotal[cell] ? TypingSlip.TotalNotUpdated : TypingSlip.None;
    }

    /// <summary>
    /// Figures that a slip could have turned into <paramref name="printed"/>: its neighbouring digits swapped back, or one
    /// of its digits removed. Where a relation only bounds a cell, these are the corrections tried before the nearest bound.
    /// </summary>
    internal static IEnumerable<long> Originals(long printed)
    {
        var p = Digits(printed);
        for (var i = 0; i + 1 < p.Length; i++)
        {
            if (p[i] != p[i + 1] && !(i == 0 && p[i + 1] == '0'))
            {
                var swapped = p.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                yield return long.Parse(new string(swapped), CultureInfo.InvariantCulture);
            }
        }

        for (var i = 0; p.Length > 1 && i < p.Length; i++)
        {
            var removed = p.Remove(i, 1);
            if (removed.Length == 1 || removed[0] != '0')
            {
                yield return long.Parse(removed, CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Digits(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsAdjacentSwap(string a, string b)
    {
        for (var i = 0; i + 1 < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] == b[i + 1] && a[i + 1] == b[i] && string.CompareOrdinal(a, i + 2, b, i + 2, a.Length) == 0;
            }
        }

        return false;
    }

    // Whether removing one character of the longer gives the shorter.
    private static bool IsOneDeleted(string longer, string shorter)
    {
        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i])
        {
            i++;
        }

        return string.CompareOrdinal(longer, i + 1, shorter, i, longer.Length) == 0;
    }
}
