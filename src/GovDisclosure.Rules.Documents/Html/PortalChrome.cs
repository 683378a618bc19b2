using System;
using AngleSharp.Dom;

namespace GovDisclosure.Rules.Documents.Html;

/// <summary>
/// What of a portal page is not the report: scripts, styles and other non-text elements; navigation, breadcrumbs,
/// sidebars, menus and footers, whether marked by their element or by a class or id that says so; hidden elements.
/// </summary>
internal static class PortalChrome
{
    private static readonly string[] NonText =
    [
        "script", "style", "noscript", "template", "head", "title", "nav", "aside", "footer", "form", "select", "button",
        "iframe", "object", "embed", "svg", "canvas", "audio", "video", "map", "input", "textarea",
    ];

    private static readonly string[] ChromeWords = ["nav", "breadcrumb", "crumb", "sidebar", "side-bar", "footer", "menu", "copyright", "share"];

    /// <summary>Whether an element and everything in it is left out of the report.</summary>
    internal static bool IsChrome(IElement element)
    {
        if (Array.IndexOf(NonText, element.LocalName) >= 0 || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && style.Replace(" ", "").IndexOf("display:none", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        return Names(element.GetAttribute("class")) || Names(element.GetAttribute("id")) || element.GetAttribute("role") is "navigation" or "contentinfo";
    }

    private static bool Names(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var word in ChromeWords)
        {
            if (value!.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
