namespace GovDisclosure.Rules;

/// <summary>
/// A pair of texts the form owns (a label and its English), as a message argument: each catalogue picks its own, so the
/// argument stays language-neutral.
/// </summary>
internal sealed class Labels(string chinese, string english) : IWorded
{
    /// <inheritdoc/>
    public string In(MessageCatalog catalog) => catalog.Pick(chinese, english);

    /// <inheritdoc/>
    public override string ToString() => chinese + " / " + english;
}
