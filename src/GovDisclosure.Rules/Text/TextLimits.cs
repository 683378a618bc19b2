using System.Collections.Generic;
using System.Globalization;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// The limits of text import (GDT009): the text's size, a line's length, the number of lines — checked before anything
/// is read, so a huge input costs one pass — and, on the report read, what the JSON reader would refuse (a string longer
/// than its limit, a document larger than its limit), so that import and read accept the same reports.
/// </summary>
internal static class TextLimits
{
    /// <summary>The one finding of bytes too many to decode as text within the limit; null when within it.</summary>
    internal static LoadResult? CheckBytes(int byteCount, TextImportOptions options) =>
        byteCount / 4 > options.MaxCharacters
            ? Refuse(options.Language, SourcePlace.AtLine(1, 1), ImportDiagnostics.Phrase("Text.TooManyBytes", byteCount, options.MaxCharacters))
            : null;

    /// <summary>The one finding of a text past its size limit; null when within it.</summary>
    internal static LoadResult? CheckSize(string text, TextImportOptions options) =>
        text.Length > options.MaxCharacters
            ? Refuse(options.Language, SourcePlace.AtLine(1, 1), ImportDiagnostics.Phrase("Text.TooManyCharacters", text.Length, options.MaxCharacters))
            : null;

    /// <summary>The one finding of too many lines, or of the first line too long; null when within the limits.</summary>
    internal static LoadResult? CheckLines(List<string> lines, TextImportOptions options)
    {
        if (lines.Count > options.MaxLines)
        {
            return Refuse(options.Language, SourcePlace.AtLine(options.MaxLines + 1, 1), ImportDiagnostics.Phrase("Text.TooManyLines", lines.Count, options.MaxLines));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > options.MaxLineLength)
            {
                var length = lines[i].Length;
                return Refuse(options.Language, SourcePlace.AtLine(i + 1, options.MaxLineLength + 1), ImportDiagnostics.Phrase("Text.LineTooLong", i + 1, length, options.MaxLineLength));
            }
        }

        return null;
    }

    /// <summary>
    /// A GDT009 for each text of the report longer than the JSON reader's string limit, and one for a report whose JSON
    /// would exceed the reader's size limit, located where the text was read.
    /// </summary>
    internal static void CheckReport(AnnualReport report, SourceMap places, ImportDiagnostics diagnostics)
    {
        foreach (var member in ReportForm.Texts)
        {
            if (member.GetText(report) is { Length: > JsonReadOptions.DefaultMaxStringLength } text)
            {
                diagnostics.Add(TextRules.LimitExceeded, places.PlaceOf(member.Pointer) ?? SourcePlace.AtLine(1, 1), member.Pointer, ImportDiagnostics.Phrase("Text.TextTooLong", member, text.Length, JsonReadOptions.DefaultMaxStringLength));
            }
        }

        // A year below 0 is carried by text (a title directive) though the JSON reader refuses it; the writer would throw.
        if (diagnostics.HasErrors || report.Year < 0)
        {
            return;
        }

        // Writing the JSON to measure it is paid only by a report whose texts could make it that large.
        if (MostJsonBytes(report) <= JsonReadOptions.DefaultMaxDocumentBytes)
        {
            return;
        }

        var bytes = ReportJson.WriteUtf8(report).Length;
        if (bytes > JsonReadOptions.DefaultMaxDocumentBytes)
        {
            diagnostics.Add(TextRules.LimitExceeded, SourcePlace.AtLine(1, 1), "", ImportDiagnostics.Phrase("Text.JsonTooLarge", bytes, JsonReadOptions.DefaultMaxDocumentBytes));
        }
    }

    // The structure: member names, 200 figures of at most 17 characters each, indentation — far below this.
    private const long MostStructureBytes = 64 * 1024;

    // A character of a JSON string takes at most six bytes (a \uXXXX escape).
    private const int MostBytesPerCharacter = 6;

    /// <summary>An upper bound of the size of the report's JSON, from the lengths of its texts.</summary>
    private static long MostJsonBytes(AnnualReport report)
    {
        var most = MostStructureBytes + (report.Extensions?.Json.Length ?? 0) * (long)MostBytesPerCharacter;
        foreach (var member in ReportForm.Texts)
        {
            most += (member.GetText(report)?.Length ?? 0) * (long)MostBytesPerCharacter;
        }

        return most;
    }

    private static LoadResult Refuse(MessageLanguage language, SourcePlace place, MessagePart what)
    {
        var diagnostics = new ImportDiagnostics(language);
        diagnostics.Add(TextRules.LimitExceeded, place, "", what);
        return new LoadResult(null, diagnostics.Findings);
    }
}
