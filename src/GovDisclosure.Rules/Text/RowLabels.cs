using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// How a published line names a table row, derived from the form: its whole label path (三、本年度办理结果 （三）不予公开
/// 1.属于国家秘密), any tail of it (a row that lost its leading cells: 1.属于国家秘密), optionally after the row's group
/// (第二十条第（一）项). Keys are made by <see cref="Wording.Key(string)"/>.
/// </summary>
internal static class RowLabels
{
    /// <summary>The caption of table A's label column, printed in published reports though not part of the form.</summary>
    internal const string LabelColumnCaption = "信息内容";

    /// <summary>The caption above table B's applicant columns, printed in published reports though not part of the form.</summary>
    internal const string ApplicantColumnsCaption = "申请人情况";

    /// <summary>The misprint of 本年废止件数 that real reports carry in table A's header.</summary>
    private const string RepealedMisprint = "本年度止件数";

    // A header line has a few cells; a line of more is no header, however short its cells.
    private const int MaxFragmentCells = 32;

    private static readonly string[] PublishedHeaderWords = [LabelColumnCaption, ApplicantColumnsCaption, RepealedMisprint];

    private static readonly Dictionary<FormRow, HashSet<string>> Exact = ReportForm.Rows.ToDictionary(r => r, ExactKeys);

    private static readonly Dictionary<FormRow, string> Innermost = ReportForm.Rows.ToDictionary(r => r, r => Wording.Key(r.Label));

    private static readonly Dictionary<FormRow, string> InnermostWithoutOrdinal = Innermost.ToDictionary(p => p.Key, p => WithoutOrdinal(p.Value));

    private static readonly HashSet<string> HeaderWords = new(
        ReportForm.Rows.SelectMany(r => r.LabelPath.Append(r.Group ?? ""))
            .Concat(ReportForm.Rows.Select(r => r.Shape).Distinct().SelectMany(s => s.Columns).SelectMany(c => new[] { c.Label, c.Group ?? "" }))
            .Concat(PublishedHeaderWords)
            .Where(w => w.Length > 0)
            .Select(Wording.Key),
        System.StringComparer.Ordinal);

    private static readonly HashSet<string> ColumnCaptions = new(
        ReportForm.Rows.Select(r => r.Shape).Distinct().SelectMany(s => s.Columns).SelectMany(c => new[] { c.Label, c.Group ?? "" })
            .Where(w => w.Length > 0)
            .Select(Wording.Key),
        System.StringComparer.Ordinal);

    /// <summary>No row's key is longer than this; a longer label is no row's.</summary>
    internal static int MaxKeyLength { get; } = Exact.Values.SelectMany(k => k).Max(k => k.Length);

    /// <summary>Whether a key names the row exactly (its label path or a tail of it, optionally after its group).</summary>
    internal static bool IsExactly(FormRow row, string key) => Exact[row].Contains(key);

    /// <summary>
    /// Whether a key names the row loosely: its innermost label without the ordinal (其他 for 3.其他), or the innermost
    /// label cut before a bracket (（二）部分公开 for （二）部分公开（区分处理的…）). Only ever tried forward, in the order
    /// of the form, so that 其他 is the next row of that name and never an earlier one.
    /// </summary>
    internal static bool IsLoosely(FormRow row, string key)
    {
        var label = Innermost[row];
        return key.Length > 0
            && (InnermostWithoutOrdinal[row] == key
                || (label.Length > key.Length && label.StartsWith(key, System.StringComparison.Ordinal) && label[key.Length] == '('));
    }

    /// <summary>Whether any cell of a figure-less line is a word of a table header (so the line is a header).</summary>
    internal static bool IsHeader(IReadOnlyList<string> cells) => cells.Any(c => c.Length <= MaxKeyLength && HeaderWords.Contains(Wording.Key(c)));

    /// <summary>
    /// Whether every cell of a figure-less line is part of a header word or a label (“数量” of 本年处理决定数量): what a
    /// header cell split over two lines by a PDF leaves on the second.
    /// </summary>
    internal static bool IsHeaderFragment(IReadOnlyList<string> cells) =>
        cells.Count <= MaxFragmentCells && cells.All(c => c.Length <= MaxKeyLength && Wording.Key(c) is { Length: > 0 } key && HeaderWords.Any(w => w.IndexOf(key, System.StringComparison.Ordinal) >= 0));

    /// <summary>Whether a header cell is the caption of a column of figures (本年制发件数, 自然人, 法人或其他组织 …).</summary>
    internal static bool IsColumnCaption(string cell) => cell.Length > 0 && cell.Length <= MaxKeyLength && ColumnCaptions.Contains(Wording.Key(cell));

    private static HashSet<string> ExactKeys(FormRow row)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        for (var first = 0; first < row.LabelPath.Count; first++)
        {
            var tail = Wording.Key(string.Concat(row.LabelPath.Skip(first)));
            keys.Add(tail);
            if (row.Group is not null)
            {
                keys.Add(Wording.Key(row.Group) + tail);
            }
        }

        return keys;
    }

    // The ordinal of a label: 1. 3. （一） (七) 一、 — as keys: "1.", "(一)", "一、".
    private static string WithoutOrdinal(string key)
    {
        var end = 0;
        if (end < key.Length && key[end] == '(')
        {
            end = key.IndexOf(')') + 1;
        }
        else
        {
            while (end < key.Length && (Wording.IsAsciiDigit(key[end]) || "一二三四五六七八九十".IndexOf(key[end]) >= 0))
            {
                end++;
            }

            end = end > 0 && end < key.Length && key[end] is '.' or '、' ? end + 1 : 0;
        }

        return key.Substring(end);
    }
}
