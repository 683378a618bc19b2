namespace GovDisclosure.Rules;

/// <summary>
/// A message argument that is a thing, not a text (a cell of the form, a rule): <see cref="Finding.Arguments"/> keeps the
/// thing, language-neutral, and each catalogue fills in its words (the form's label, the rule's title) in its language.
/// </summary>
internal interface IWorded
{
    /// <summary>The thing's words in the catalogue's language.</summary>
    string In(MessageCatalog catalog);
}
