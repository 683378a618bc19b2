using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Diff;

/// <summary>
/// 比对时逐年比较的一段文字：某个文字成员，或由几个成员组成的整个章节（如总体情况全文）。
/// A stretch of prose compared year over year: one text member, or a whole section made of several (such as the whole overview).
/// </summary>
/// <remarks>
/// 列表由 <see cref="ReportForm.Texts"/> 中的正文文字派生，按文档顺序：引言；总体情况全文（开篇及五个小节）；开篇；五个小节各自；五；六。
/// 编号章节的全文（一、五、六）用于检查与上年雷同（GD505）；小节和引言只报告相似度——引言每年大同小异是正常的。
/// The list derives from the prose members of <see cref="ReportForm.Texts"/>, in document order: the preamble; the whole
/// overview (summary and its five sub-sections); the summary; each sub-section; 五; 六. The numbered sections taken whole
/// (一, 五, 六) are checked for repeating last year (GD505); sub-sections and the preamble only report their similarity — a
/// preamble that is much the same every year is normal.
/// </remarks>
public sealed class ProseSection : IWorded
{
    // Before All, which the constructor reads.
    private static readonly FormText[] ProseMembers = ReportForm.Texts.Where(t => t.IsProse).ToArray();

    private readonly FormText[] parts;

    private ProseSection(string pointer, string label, string englishLabel, FormText[] parts, bool checkedForRepetition)
    {
        FirstMember = Array.IndexOf(ProseMembers, parts[0]);
        if (!parts.SequenceEqual(ProseMembers.Skip(FirstMember).Take(parts.Length)))
        {
            // StrippedProse takes a section as one slice of the members in document order.
            throw new InvalidOperationException($"{pointer}: the parts of a section must be consecutive prose members.");
        }

        Pointer = pointer;
        Label = label;
        EnglishLabel = englishLabel;
        this.parts = parts;
        IsCheckedForRepetition = checkedForRepetition;
    }

    /// <summary>全部逐年比较的文字，按文档顺序。Every stretch of prose compared year over year, in document order.</summary>
    public static IReadOnlyList<ProseSection> All { get; } = Build();

    /// <summary>JSON Pointer，如 <c>/overview</c> 或 <c>/overview/oversight</c>。The JSON Pointer.</summary>
    public string Pointer { get; }

    /// <summary>中文标签，如“一、总体情况（全文）”。The Chinese label.</summary>
    public string Label { get; }

    /// <summary>英文标签。The English label.</summary>
    public string EnglishLabel { get; }

    /// <summary>组成这段文字的文字成员，按文档顺序。The text members it is made of, in document order.</summary>
    public IReadOnlyList<FormText> Parts => parts;

    /// <summary>是否检查与上年雷同（GD505）：编号章节的全文。Whether it is checked for repeating last year (GD505): a numbered section taken whole.</summary>
    public bool IsCheckedForRepetition { get; }

    /// <summary>Every prose member of <see cref="ReportForm.Texts"/>, in document order: what the sections are made of.</summary>
    internal static IReadOnlyList<FormText> Members => ProseMembers;

    /// <summary>The position of the first part among <see cref="Members"/>; the parts follow it there.</summary>
    internal int FirstMember { get; }

    /// <summary>某种语言的标签。The label in a language.</summary>
    /// <param name="language">语言。The language.</param>
    /// <returns>标签。The label.</returns>
    public string LabelIn(MessageLanguage language) => MessageCatalog.For(language).Pick(Label, EnglishLabel);

    /// <summary>A section as a message argument: its label.</summary>
    string IWorded.In(MessageCatalog catalog) => catalog.Pick(Label, EnglishLabel);

    /// <summary>The text in a report: a single member as it is; several joined by "\n" (the paragraph separator), absent ones skipped.</summary>
    internal string Text(AnnualReport report)
    {
        if (parts.Length == 1)
        {
            return parts[0].Text(report) ?? "";
        }

        var text = new StringBuilder();
        foreach (var part in parts)
        {
            var value = part.Text(report);
            if (!string.IsNullOrEmpty(value))
            {
                text.Append(text.Length == 0 ? "" : "\n").Append(value);
            }
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Pointer;

    private static ProseSection[] Build()
    {
        var prose = ProseMembers;
        var sections = new List<ProseSection>();
        foreach (var text in prose)
        {
            // A member inside a numbered section (/overview/summary inside /overview): the section taken whole comes first.
            var section = ReportForm.Sections.FirstOrDefault(s => text.Pointer.StartsWith(s.Pointer + "/", StringComparison.Ordinal));
            if (section is not null && sections.All(s => s.Pointer != section.Pointer))
            {
                var members = prose.Where(t => t.Pointer.StartsWith(section.Pointer + "/", StringComparison.Ordinal)).ToArray();
                sections.Add(new ProseSection(section.Pointer, section.Title + "（全文）", section.EnglishHeading + " (whole)", members, checkedForRepetition: true));
            }

            var isNumberedSection = ReportForm.Sections.Any(s => s.Pointer == text.Pointer);
            sections.Add(new ProseSection(text.Pointer, text.Label, text.EnglishLabel, [text], isNumberedSection));
        }

        return sections.ToArray();
    }
}
