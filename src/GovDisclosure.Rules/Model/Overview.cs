namespace GovDisclosure.Rules;

/// <summary>
/// 一、总体情况：开篇段落及（一）至（五）五个小节。Section 一: the overview, its lead paragraphs and five sub-sections.
/// 段落之间以 "\n" 分隔。Paragraphs are separated by "\n".
/// </summary>
public sealed record Overview
{
    /// <summary>没有任何文字的总体情况。An overview with no text.</summary>
    public static Overview Empty { get; } = new();

    /// <summary>开篇段落（必填）。The lead paragraph(s) (required).</summary>
    public string Summary { get; init; } = "";

    /// <summary>（一）主动公开情况（可选）。Proactive disclosure (optional).</summary>
    public string? ProactiveDisclosure { get; init; }

    /// <summary>（二）依申请公开情况（可选）。Disclosure on request (optional).</summary>
    public string? RequestedDisclosure { get; init; }

    /// <summary>（三）政府信息管理情况（可选）。Information management (optional).</summary>
    public string? InformationManagement { get; init; }

    /// <summary>（四）政府信息公开平台建设情况（可选）。Platform building (optional).</summary>
    public string? PlatformBuilding { get; init; }

    /// <summary>（五）监督保障情况（可选）。Oversight (optional).</summary>
    public string? Oversight { get; init; }
}
