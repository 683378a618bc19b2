using System;

namespace GovDisclosure.Rules.Form;

/// <summary>
/// The characters the text rules have examined on this thread. The scanning helpers add to it, so that a test proves a
/// rule linear in its text by counting its work on an input and on one twice as long — never by timing it.
/// </summary>
internal static class ScanWork
{
    [ThreadStatic]
    private static long characters;

    /// <summary>The characters examined on this thread so far.</summary>
    internal static long Characters => characters;

    /// <summary>Counts characters examined.</summary>
    internal static void Add(int count) => characters += count;
}
