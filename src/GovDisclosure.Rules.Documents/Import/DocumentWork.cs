using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Documents.Import;

/// <summary>
/// The work a document import has done on this thread: the nodes of the page or the .docx visited, the characters of
/// their text gathered, the grid cells resolved and the ancestors climbed, added to the core's count of the characters
/// its text readers examine (<see cref="ScanWork"/>), so that a test proves the HTML and Word importers linear by counting
/// their work on a document and on one twice as large — never by timing them.
/// </summary>
internal static class DocumentWork
{
    /// <summary>The work counted on this thread so far.</summary>
    internal static long Counted => ScanWork.Characters;

    /// <summary>Counts nodes visited or characters examined.</summary>
    internal static void Add(int count) => ScanWork.Add(count);
}
