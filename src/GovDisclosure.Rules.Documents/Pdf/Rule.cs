namespace GovDisclosure.Rules.Documents.Pdf;

/// <summary>A ruling line of a page: horizontal (at <see cref="At"/> = y, from <see cref="From"/> to <see cref="To"/> in x) or vertical (at x, along y).</summary>
internal readonly struct Rule
{
    internal Rule(bool horizontal, double at, double from, double to)
    {
        Horizontal = horizontal;
        At = at;
        From = from < to ? from : to;
        To = from < to ? to : from;
    }

    internal bool Horizontal { get; }

    internal double At { get; }

    internal double From { get; }

    internal double To { get; }

    internal double Left => Horizontal ? From : At;

    internal double Right => Horizontal ? To : At;

    internal double Bottom => Horizontal ? At : From;

    internal double Top => Horizontal ? At : To;

    /// <summary>Whether two rules touch or cross, give or take <paramref name="slack"/>.</summary>
    internal bool Touches(Rule other, double slack) =>
        Left - slack <= other.Right && other.Left - slack <= Right && Bottom - slack <= other.Top && other.Bottom - slack <= Top;
}
