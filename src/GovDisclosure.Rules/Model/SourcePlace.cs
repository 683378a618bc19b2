using System;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Rules;

/// <summary>
/// 原文档中的一个位置，写成读者能找到的样子：文本和 HTML 的行号与列号，Word 文档的表格、行、单元格或段落，PDF 的页码。
/// A place in the original document, as a reader can find it: the line and column of a text or HTML document; the
/// table, row and cell, or the paragraph, of a Word document; the page of a PDF.
/// </summary>
/// <remarks>
/// 所有编号从 1 起。表格、行、单元格按文档顺序计数（合并的单元格按其起始处计）。
/// Every number counts from 1. Tables, rows and cells are counted in document order (a merged cell where it starts).
/// </remarks>
public sealed class SourcePlace : IEquatable<SourcePlace>
{
    private SourcePlace(int? line, int? column, int? table, int? row, int? cell, int? paragraph, int? page)
    {
        Line = line;
        Column = column;
        Table = table;
        Row = row;
        Cell = cell;
        Paragraph = paragraph;
        Page = page;
    }

    /// <summary>行号（文本、HTML），从 1 起。The line (text, HTML), from 1.</summary>
    public int? Line { get; }

    /// <summary>列号（按字符计），从 1 起。The column, in characters, from 1.</summary>
    public int? Column { get; }

    /// <summary>第几个表格（Word），从 1 起。The table (Word), from 1.</summary>
    public int? Table { get; }

    /// <summary>表格中的第几行，从 1 起。The row of the table, from 1.</summary>
    public int? Row { get; }

    /// <summary>行中的第几个单元格，从 1 起。The cell of the row, from 1.</summary>
    public int? Cell { get; }

    /// <summary>正文中的第几段（Word），从 1 起。The paragraph of the body (Word), from 1.</summary>
    public int? Paragraph { get; }

    /// <summary>第几页（PDF），从 1 起。The page (PDF), from 1.</summary>
    public int? Page { get; }

    /// <summary>
    /// 文本或 HTML 中的一行（及一列）。A line (and column) of a text or HTML document.
    /// </summary>
    /// <param name="line">行号，从 1 起。The line, from 1.</param>
    /// <param name="column">列号，从 1 起；null 为未知。The column, from 1; null when unknown.</param>
    /// <returns>位置。The place.</returns>
    /// <exception cref="ArgumentOutOfRangeException">编号小于 1。A number is below 1.</exception>
    public static SourcePlace AtLine(int line, int? column = null) =>
        new(Positive(line, nameof(line)), column is { } c ? Positive(c, nameof(column)) : null, null, null, null, null, null);

    /// <summary>
    /// 表格中的一个单元格（Word 等）。A cell of a table (Word and the like).
    /// </summary>
    /// <param name="table">第几个表格，从 1 起。The table, from 1.</param>
    /// <param name="row">第几行，从 1 起。The row, from 1.</param>
    /// <param name="cell">第几个单元格，从 1 起。The cell, from 1.</param>
    /// <returns>位置。The place.</returns>
    /// <exception cref="ArgumentOutOfRangeException">编号小于 1。A number is below 1.</exception>
    public static SourcePlace InTable(int table, int row, int cell) =>
        new(null, null, Positive(table, nameof(table)), Positive(row, nameof(row)), Positive(cell, nameof(cell)), null, null);

    /// <summary>
    /// 正文中的一段（Word 等）。A paragraph of the body (Word and the like).
    /// </summary>
    /// <param name="paragraph">第几段，从 1 起。The paragraph, from 1.</param>
    /// <returns>位置。The place.</returns>
    /// <exception cref="ArgumentOutOfRangeException">编号小于 1。A number is below 1.</exception>
    public static SourcePlace AtParagraph(int paragraph) => new(null, null, null, null, null, Positive(paragraph, nameof(paragraph)), null);

    /// <summary>
    /// 同一位置，加上页码（PDF）。The same place on a page (PDF).
    /// </summary>
    /// <param name="page">第几页，从 1 起。The page, from 1.</param>
    /// <returns>位置。The place.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> 小于 1。<paramref name="page"/> is below 1.</exception>
    public SourcePlace OnPage(int page) => new(Line, Column, Table, Row, Cell, Paragraph, Positive(page, nameof(page)));

    /// <summary>
    /// 用所选语言描述位置，如“第 12 行第 3 列”“表格 2 第 5 行第 3 格”“第 14 段”“第 3 页”。
    /// Describes the place in the chosen language, such as "line 12, column 3", "table 2, row 5, cell 3", "paragraph 14", "page 3".
    /// </summary>
    /// <param name="language">语言。The language.</param>
    /// <returns>描述。The description.</returns>
    public string Describe(MessageLanguage language)
    {
        var catalog = MessageCatalog.For(language);
        var parts = new StringBuilder();
        void Part(string key, params object[] values)
        {
            if (parts.Length > 0)
            {
                parts.Append(catalog["Place.Separator"]);
            }

            parts.Append(catalog.Format(key, values));
        }

        if (Page is { } page)
        {
            Part("Place.Page", page);
        }

        if (Table is { } table)
        {
            Part("Place.Table", table);
            Part("Place.RowAndCell", Row!.Value, Cell!.Value);
        }

        if (Paragraph is { } paragraph)
        {
            Part("Place.Paragraph", paragraph);
        }

        if (Line is { } line)
        {
            Part("Place.Line", line);
            if (Column is { } column)
            {
                Part("Place.Column", column);
            }
        }

        return parts.ToString().Trim();
    }

    /// <inheritdoc/>
    public bool Equals(SourcePlace? other) =>
        other is not null && Line == other.Line && Column == other.Column && Table == other.Table && Row == other.Row
        && Cell == other.Cell && Paragraph == other.Paragraph && Page == other.Page;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourcePlace);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var part in new[] { Line, Column, Table, Row, Cell, Paragraph, Page })
            {
                hash = (hash * 31) + (part ?? -1);
            }

            return hash;
        }
    }

    /// <summary>英文描述（同 <see cref="Describe"/>）。The English description (as <see cref="Describe"/>).</summary>
    /// <returns>描述。The description.</returns>
    public override string ToString() => Describe(MessageLanguage.English);

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "编号从 1 起。Numbers count from 1.");
}
