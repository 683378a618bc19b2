using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
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
        for (var i = start; i < blocks.Count; i++)
        {
            if (container is null || i <= last || container.Contains(blocks[i].Origin))
            {
                kept.Add(blocks[i].Block);
            }
        }

        return kept;
    }

    private static bool IsHeading(ReportBlock block) =>
        block.Kind == BlockKind.Paragraph && Headings.SectionOf(block.Text) is FormSection;

    private static IElement? CommonAncestor(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = a; e is not null; e = e.ParentElement)
        {
            ancestors.Add(e);
        }

        for (var e = b; e is not null; e = e.ParentElement)
        {
            if (ancestors.Contains(e))
            {
                // The body or the whole document bounds nothing.
                return e.LocalName is "body" or "html" ? null : e;
            }
        }

        return null;
    }
}
