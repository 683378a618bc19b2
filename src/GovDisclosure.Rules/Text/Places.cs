using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>Records places of any kind in a <see cref="SourceMap"/>: a line and column in its arrays, any other place by pointer.</summary>
internal static class Places
{
    /// <summary>Records where a cell stands.</summary>
    internal static void SetCell(this SourceMap map, FormCell cell, SourcePlace place)
    {
        if (IsLine(place, out var line, out var column))
        {
            map.SetCell(cell, line, column);
        }
        else
        {
            map.SetPlace(cell.Pointer, place);
        }
    }

    /// <summary>Records where a text member stands.</summary>
    internal static void SetText(this SourceMap map, FormText text, SourcePlace place)
    {
        if (IsLine(place, out var line, out var column))
        {
            map.SetText(text, line, column);
        }
        else
        {
            map.SetPlace(text.Pointer, place);
        }
    }

    private static bool IsLine(SourcePlace place, out int line, out int column)
    {
        line = place.Line ?? 0;
        column = place.Column ?? 1;
        return place.Line is not null && place.Page is null;
    }
}
