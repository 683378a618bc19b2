namespace GovDisclosure.Rules.Form;

/// <summary>
/// 格式要求总体情况涵盖的五个方面之一，及其小节。One of the five topics the format asks the overview to cover, with its sub-section.
/// </summary>
public sealed class OverviewTopic
{
    internal OverviewTopic(FormText subSection, string heading, string keyword, string englishName)
    {
        SubSection = subSection;
        Heading = heading;
        Keyword = keyword;
        EnglishName = englishName;
    }

    /// <summary>该方面的小节，如 <c>/overview/proactiveDisclosure</c>。The topic's sub-section.</summary>
    public FormText SubSection { get; }

    /// <summary>小节标题，如“（一）主动公开情况”。The sub-section heading.</summary>
    public string Heading { get; }

    /// <summary>总体情况文字中表明涉及该方面的词，如“主动公开”。The word that shows the overview text covers the topic.</summary>
    public string Keyword { get; }

    /// <summary>英文名称。The English name.</summary>
    public string EnglishName { get; }

    /// <inheritdoc/>
    public override string ToString() => Keyword;
}
