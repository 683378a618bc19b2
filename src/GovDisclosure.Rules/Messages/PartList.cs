using System.Collections.Generic;
using System.Linq;

namespace GovDisclosure.Rules;

/// <summary>
/// Items of a message joined by a separator from the catalogue (such as "；" or "; "), each item worded in the catalogue's
/// language: a list inside a message stays language-neutral.
/// </summary>
internal sealed class PartList(string separatorKey, IReadOnlyList<object?> items) : IWorded
{
    /// <summary>The catalogue key of the separator.</summary>
    internal string SeparatorKey { get; } = separatorKey;

    /// <summary>The items.</summary>
    internal IReadOnlyList<object?> Items { get; } = items;

    /// <inheritdoc/>
    public string In(MessageCatalog catalog) =>
        string.Join(catalog.Template(SeparatorKey), Items.Select(i => i is IWorded worded ? worded.In(catalog) : System.Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture)));

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Items);
}
