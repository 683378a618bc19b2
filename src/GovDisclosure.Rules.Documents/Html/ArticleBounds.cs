using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using GovDisclosure.Rules.Documents.Import;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Text;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// Finds the report inside a whole portal page: it starts at the title (the last line naming a report before the first
/// section heading) and stays inside the smallest element that holds both the title and the last section heading, so
/// that the site's banner above and the related links and footer below are not read into the report.
/// </summary>
internal static class ArticleBounds
{
    internal static IReadOnlyList<ReportBlock> Keep(List<(ReportBlock Block, IElement Origin)> blocks)
    {
        var first = blocks.FindIndex(b => IsHeading(b.Block));
        if (first < 0)
        {
            return blocks.Select(b => b.Block).ToArray();
        }

        var title = -1;
        for (var i = first - 1; i >= 0; i--)
        {
            var text = blocks[i].Block.Text;
            if (blocks[i].Block.Kind == BlockKind.Paragraph && TitleLine.IsCandidate(text) && TitleLine.NamesReport(text))
            {
                title = i;
                break;
            }
        }

        var start = title >= 0 ? title : 0;
        var last = blocks.FindLastIndex(b => IsHeading(b.Block));
        var container = CommonAncestor(blocks[start].Origin, blocks[last].Origin);
        var kept = new List<ReportBlock>(blocks.Count - start);
        var inside = new Dictionary<IElement, bool>();
        for (var i = start; i < blocks.Count; i++)
        {
            if (container is null || i <= last || Within(container, blocks[i].Origin, inside))
            {
                kept.Add(blocks[i].Block);
            }
        }

        return kept;
    }

    private static bool IsHeading(ReportBlock block) =>
        block.Kind == BlockKind.Paragraph && Headings.SectionOf(block.Text) is FormSection;

    /// <summary>
    /// Whether an element is the container or inside it. Each element climbed past is remembered, so that the blocks after
    /// the last heading, however deep, climb each ancestor once between them rather than once each.
    /// </summary>
    private static bool Within(IElement container, IElement element, Dictionary<IElement, bool> inside)
    {
        var climbed = new List<IElement>();
        var answer = false;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            DocumentWork.Add(1);
            if (e == container)
            {
                answer = true;
                break;
            }

            if (inside.TryGetValue(e, out answer))
            {
                break;
            }

            climbed.Add(e);
        }

        foreach (var e in climbed)
        {
            inside[e] = answer;
        }

        return answer;
    }

    private static IElement? CommonAncestor(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = a; e is not null; e = e.ParentElement)
        {
            DocumentWork.Add(1);
            ancestors.Add(e);
        }

        for (var e = b; e is not null; e = e.ParentElement)
        {
            DocumentWork.Add(1);
            if (ancestors.Contains(e))
            {
                // The body or the whole document bounds nothing.
                return e.LocalName is "body" or "html" ? null : e;
            }
        }

        return null;
    }
}
