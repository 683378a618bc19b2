using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace GovDisclosure.Rules;

/// <summary>
/// 报告各部分在源文件（JSON、文本、HTML、Word 等）中的位置，用来给校验发现加上行号和列号或其他位置（<see cref="SourcePlace"/>）。
/// Where each part of a report stands in its source (JSON, text, HTML, Word …), so that validation findings can carry a
/// line and column, or another kind of place (<see cref="SourcePlace"/>).
/// </summary>
public sealed class SourceMap
{
    // Lines and columns by pointer. The model knows nothing of the form (Form builds on Model, not the other way): the
    // readers record cells and texts through their pointers (SourceMapCells), strings the form already holds.
    private readonly Dictionary<string, (int Line, int Column)> lines = new(StringComparer.Ordinal);

    // Places that are not lines (a Word table cell, a PDF page), by pointer; most sources have none.
    private Dictionary<string, SourcePlace>? placed;

    // Or locates each pointer when asked, for sources that can (JSON: a member's offset, turned into a line and a column).
    private readonly Func<string, (int Line, int Column)>? locate;

    /// <summary>新建空的位置表。Creates an empty map.</summary>
    public SourceMap()
    {
    }

    /// <summary>
    /// Creates a map that asks <paramref name="locate"/> for the line and column of a pointer it holds no place for (0 and
    /// 0 when there is none): the source is located as findings ask, not all at once.
    /// </summary>
    internal SourceMap(Func<string, (int Line, int Column)> locate)
        => this.locate = locate;

    /// <summary>
    /// 查找某个 JSON Pointer 在源中的位置；找不到时退到最近的已知上级。
    /// Finds where a JSON Pointer stands in the source, falling back to its nearest known parent.
    /// </summary>
    /// <param name="pointer">JSON Pointer。</param>
    /// <param name="line">行号（从 1 起）。The line, from 1.</param>
    /// <param name="column">列号（从 1 起）。The column, from 1.</param>
    /// <returns>是否找到。Whether a place was found.</returns>
    public bool TryLocate(string pointer, out int line, out int column)
    {
        Guard.Against.Null(pointer);
        for (var current = pointer; ; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (TryLocateExactly(current, out line, out column))
            {
                return true;
            }

            if (current.Length == 0)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// 给发现加上源位置（已有位置的发现不变）。Adds the source place to a finding (one already located is kept as it is).
    /// </summary>
    /// <param name="finding">发现。The finding.</param>
    /// <returns>带位置的发现。The located finding.</returns>
    public Finding Locate(Finding finding)
    {
        Guard.Against.Null(finding);
        return finding.Place is null && PlaceOf(finding.Path) is { } place ? finding.WithPlace(place) : finding;
    }

    /// <summary>
    /// 查找某个 JSON Pointer 在源中的位置（任何一种：行列、表格单元格、段落、页）；找不到时退到最近的已知上级。
    /// Finds where a JSON Pointer stands in the source (any kind of place: line and column, table cell, paragraph, page),
    /// falling back to its nearest known parent.
    /// </summary>
    /// <param name="pointer">JSON Pointer。</param>
    /// <returns>位置；找不到为 null。The place, or null when none is known.</returns>
    public SourcePlace? PlaceOf(string pointer)
    {
        Guard.Against.Null(pointer);
        for (var current = pointer; ; current = current.Substring(0, current.LastIndexOf('/')))
        {
            if (placed is not null && placed.TryGetValue(current, out var place))
            {
                return place;
            }

            if (TryLocateExactly(current, out var line, out var column))
            {
                return SourcePlace.AtLine(line, column);
            }

            if (current.Length == 0)
            {
                return null;
            }
        }
    }

    /// <summary>Records where a part of the report stands, when the place is not a line of the source.</summary>
    internal void SetPlace(string pointer, SourcePlace place)
    {
        if (place.Line is { } line && place.Page is null)
        {
            Set(pointer, line, place.Column ?? 1);
            return;
        }

        placed ??= new Dictionary<string, SourcePlace>(System.StringComparer.Ordinal);
        placed[pointer] = place;
    }

    /// <summary>Records where a part of the report (a cell, a text, an object, the year, a row) stands.</summary>
    internal void Set(string pointer, int line, int column) => lines[pointer] = (line, column);

    private bool TryLocateExactly(string pointer, out int line, out int column)
    {
        if (lines.TryGetValue(pointer, out var place) && place.Line > 0)
        {
            (line, column) = place;
            return true;
        }

        if (locate is not null && locate(pointer) is { Line: > 0 } located)
        {
            (line, column) = located;
            return true;
        }

        line = column = 0;
        return false;
    }
}
