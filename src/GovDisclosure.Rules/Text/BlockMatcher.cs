using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Json;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the blocks of a published report (<see cref="ReportBlock"/>), block by block and once, against the form: the
/// title, the lead-in, then each section — prose into paragraphs, tables into figures. Text, HTML and Word are all read
/// through here, so they share one interpretation and one set of findings. Every block costs time in proportion to its
/// length; no regular expression.
/// </summary>
internal sealed class BlockMatcher
{
    // The title is looked for among this many non-blank blocks before the first heading (a web page may put an index
    // number or a date above it).
    private const int TitleSearchDepth = 40;

    // A title broken over blocks is joined from at most this many.
    private const int MaxTitleLines = 3;

    private readonly List<ReportBlock> blocks;
    private readonly string[] lines;

    // The section each block is the heading of, or null: asked once a block, for a heading test builds a key.
    private readonly List<FormSection?> headings;
    private readonly ImportDiagnostics diagnostics;
    private readonly SourceMap places = new();
    private readonly Figures figures;
    private readonly ProseText preamble = new();
    private readonly ProseText summary = new();
    private readonly ProseText problems = new();
    private readonly ProseText otherMatters = new();
    private readonly ProseText[] topics = ReportForm.OverviewTopics.Select(_ => new ProseText()).ToArray();
    private readonly Dictionary<FormSection, TableReader> tables = [];
    private readonly SourcePlace?[] sectionPlaces = new SourcePlace?[ReportForm.Sections.Count];
    private readonly bool[] repeated = new bool[ReportForm.Sections.Count];
    private readonly string?[] details = new string?[ContactDetails.Members.Count];
    private readonly bool[] detailsGiven = new bool[ContactDetails.Members.Count];
    private ReportExtensions? extensions;
    private string? agency;
    private int? year;

    private BlockMatcher(IReadOnlyList<ReportBlock> blocks, MessageLanguage language)
    {
        (this.blocks, headings) = Separated(blocks);
        lines = this.blocks.Select(b => b.Written).ToArray();
        diagnostics = new ImportDiagnostics(language);
        figures = new Figures(places, diagnostics);
    }

    /// <summary>Imports blocks (see <see cref="PublishedBlocks"/>).</summary>
    internal static LoadResult Import(IReadOnlyList<ReportBlock> blocks, MessageLanguage language) => new BlockMatcher(blocks, language).Run();

    /// <summary>
    /// The blocks, with every heading run together with text on one paragraph made a paragraph of its own, and the
    /// section each is the heading of.
    /// </summary>
    private static (List<ReportBlock> Blocks, List<FormSection?> Headings) Separated(IReadOnlyList<ReportBlock> blocks)
    {
        var separated = (Blocks: new List<ReportBlock>(blocks.Count), Headings: new List<FormSection?>(blocks.Count));
        foreach (var block in blocks)
        {
            var text = block.Written;
            var heading = Headings.SectionOf(text);

            // An escaped line (quoted paragraph or directive) is the exporter's, whole; it is never a heading.
            var spans = block.Kind == BlockKind.Paragraph && !text.TrimStart().StartsWith("\\", System.StringComparison.Ordinal)
                && heading is null && Headings.TopicOf(text) is null
                ? Headings.RunTogether(text)
                : null;
            if (spans is null || spans.Count == 0)
            {
                separated.Blocks.Add(block);
                separated.Headings.Add(heading);
                continue;
            }

            var from = 0;
            foreach (var (start, end) in spans)
            {
                AddPiece(separated, block, from, start);
                AddPiece(separated, block, start, end);
                from = end;
            }

            AddPiece(separated, block, from, text.Length);
        }

        return separated;
    }

    private static void AddPiece((List<ReportBlock> Blocks, List<FormSection?> Headings) separated, ReportBlock block, int start, int end)
    {
        var piece = block.Written.Substring(start, end - start);
        if (piece.Trim().Length > 0)
        {
            separated.Blocks.Add(ReportBlock.Paragraph(piece, TableLine.Shifted(block.Place, start)));
            separated.Headings.Add(Headings.SectionOf(piece));
        }
    }

    private LoadResult Run()
    {
        var firstHeading = headings.FindIndex(h => h is not null);
        var start = ReadTitle(firstHeading < 0 ? lines.Length : firstHeading);
        var prose = new ProseReader(preamble);
        FormSection? section = null;
        TableReader? table = null;
        var discarding = false;
        for (var i = start; i < lines.Length; i++)
        {
            var place = blocks[i].Place;
            var heading = headings[i];
            if (heading is not null)
            {
                section = heading;

                // A table section that comes again is not read a second time (GDT010 says so), its lines dropped.
                discarding = heading.Table is not null && sectionPlaces[IndexOf(heading)] is not null;
                table = Enter(heading, place, prose);
                table = discarding ? null : table;
            }
            else if (discarding)
            {
                continue;
            }
            else if (table is not null)
            {
                table.Read(blocks[i]);
            }
            else
            {
                ReadProse(lines[i].Trim(), place, section, prose);
            }
        }

        prose.Close();
        Finish();
        CheckYear();
        if (diagnostics.HasErrors)
        {
            return new LoadResult(null, diagnostics.Findings);
        }

        var report = Report();
        TextLimits.CheckReport(report, places, diagnostics);
        return diagnostics.HasErrors ? new LoadResult(null, diagnostics.Findings) : new LoadResult(report, diagnostics.Findings, places);
    }

    /// <summary>A year the JSON reader would refuse (GDJ006) is not read either.</summary>
    private void CheckYear()
    {
        if (year is { } read && (read < 0 || read > JsonShape.MaxYear))
        {
            var at = places.PlaceOf(YearPointer) ?? SourcePlace.AtLine(1, 1);
            diagnostics.Add(TextRules.TitleNotRead, at, YearPointer, ImportDiagnostics.Phrase("Text.YearOutOfRange", read, JsonShape.MaxYear));
        }
    }

    private void ReadProse(string line, SourcePlace place, FormSection? section, ProseReader prose)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (section == ReportForm.OverviewSection && Headings.TopicOf(line) is { } topic)
        {
            var target = topics[IndexOf(topic)];
            prose.SwitchTo(target);
            target.IsPresent = true;
            target.StartsAt(place);
        }
        else if (EscapedLine.IsQuoted(line))
        {
            prose.AddParagraph(EscapedLine.Unquote(line), place);
        }
        else if (EscapedLine.TryReadDirective(line, out var name, out var value) && Apply(name, value, place))
        {
            prose.Close();
        }
        else
        {
            prose.AddLine(line, place);
        }
    }

    private TableReader? Enter(FormSection section, SourcePlace place, ProseReader prose)
    {
        var index = IndexOf(section);
        if (sectionPlaces[index] is { } first && section.Table is not null && !repeated[index])
        {
            // Once a section: a heading repeated 100,000 times makes one finding, not 100,000.
            repeated[index] = true;
            diagnostics.Add(TextRules.SectionRepeated, place, section.Pointer, section.Title, first.Describe(diagnostics.Language));
        }

        sectionPlaces[index] ??= place;
        if (section.Table is { } form)
        {
            prose.Close();
            if (!tables.TryGetValue(section, out var reader))
            {
                reader = new TableReader(form, figures, places, diagnostics);
                tables.Add(section, reader);
            }

            return reader;
        }

        var target = section == ReportForm.OverviewSection ? summary : section == ReportForm.ProblemsAndImprovementsSection ? problems : otherMatters;
        prose.SwitchTo(target);
        target.StartsAt(place);
        return null;
    }

    /// <summary>Applies a directive; false when it is none this importer knows, or its value does not read.</summary>
    private bool Apply(string name, string value, SourcePlace place)
    {
        for (var m = 0; m < ContactDetails.Members.Count; m++)
        {
            if (name == ContactDetails.Members[m].JsonName && EscapedLine.TryReadValue(value, out var detail))
            {
                details[m] = detail;
                detailsGiven[m] = true;
                places.SetText(ContactDetails.Members[m], place);
                return true;
            }
        }

        if (name == ExtensionsDirective)
        {
            try
            {
                extensions = ReportExtensions.Parse(value);
                places.SetPlace(ExtensionsPointer, place);
                return true;
            }
            catch (System.Exception e) when (e is System.ArgumentException or System.InvalidOperationException)
            {
                // Not one JSON object (or a string with a broken \u escape): the line stays text.
                return false;
            }
        }

        return false;
    }

    /// <summary>The directive that carries the report's extensions (compact JSON) in text.</summary>
    internal const string ExtensionsDirective = "extensions";

    private const string ExtensionsPointer = "/" + ExtensionsDirective;

    /// <summary>Finds and reads the title among the lines before the first heading; returns where the lead-in starts.</summary>
    private int ReadTitle(int firstHeading)
    {
        var first = NextNonBlank(0, firstHeading);
        if (first < 0)
        {
            ReportTitle(null, null, firstHeading < lines.Length ? blocks[firstHeading].Place : SourcePlace.AtLine(1));
            return 0;
        }

        var firstLine = lines[first].Trim();
        if (EscapedLine.TryReadDirective(firstLine, out var name, out var value) && name == TitleLine.DirectiveName
            && TitleLine.TryReadDirective(value, out var directiveAgency, out var directiveYear))
        {
            agency = directiveAgency;
            year = directiveYear;
            PlaceTitle(blocks[first].Place);
            return first + 1;
        }

        // The title: the first line that names a report and reads as an agency and a year (joined with the lines above
        // it, or with a year on the line below); else the first that names a report. Site chrome above is passed over.
        var titled = -1;
        var read = (Agency: (string?)null, Year: (int?)null, Last: -1);
        var seen = 0;
        for (var i = first; i < firstHeading && seen < TitleSearchDepth; i++)
        {
            if (lines[i].Trim().Length == 0 || !TitleLine.IsCandidate(lines[i]) || !TitleLine.NamesReport(lines[i]))
            {
                seen += lines[i].Trim().Length == 0 ? 0 : 1;
                continue;
            }

            seen++;
            var candidate = ReadTitleAt(i, first, firstHeading);
            if (titled < 0 || (candidate.Agency is not null && candidate.Year is not null))
            {
                (titled, read) = (i, candidate);
            }

            if (candidate.Agency is not null && candidate.Year is not null)
            {
                break;
            }
        }

        if (titled < 0)
        {
            // No line names a report: the first line is the title when it can be one, else there is no title.
            var isTitle = TitleLine.IsCandidate(lines[first]);
            var (a, y) = isTitle ? TitleLine.Parse(lines[first]) : (null, null);
            ReportTitle(a, y, blocks[first].Place);
            return isTitle ? first + 1 : first;
        }

        ReportTitle(read.Agency, read.Year, blocks[titled].Place);
        return read.Last + 1;
    }

    /// <summary>
    /// Reads a title at a line: joined with up to two candidate lines above until both agency and year read, and with
    /// a line below that only gives the year (“（2023年度）”, also when the title gave it already). Returns the last line used.
    /// </summary>
    private (string? Agency, int? Year, int Last) ReadTitleAt(int titled, int first, int firstHeading)
    {
        var text = lines[titled];
        var (parsedAgency, parsedYear) = TitleLine.Parse(text);
        var above = titled;
        for (var k = 1; k < MaxTitleLines && (parsedAgency is null || parsedYear is null); k++)
        {
            above = PreviousNonBlank(above - 1, first);
            if (above < 0 || !TitleLine.IsCandidate(lines[above]))
            {
                break;
            }

            text = lines[above] + " " + text;
            var (joinedAgency, joinedYear) = TitleLine.Parse(text);
            if (joinedAgency is not null && joinedYear is not null)
            {
                (parsedAgency, parsedYear) = (joinedAgency, joinedYear);
            }
        }

        var below = NextNonBlank(titled + 1, firstHeading);
        if (below >= 0 && TitleLine.YearOnly(lines[below]) is { } yearBelow && (parsedYear is null || parsedYear == yearBelow))
        {
            return (parsedAgency ?? TitleLine.Parse(lines[titled] + " " + lines[below]).Agency, yearBelow, below);
        }

        return (parsedAgency, parsedYear, titled);
    }

    private void PlaceTitle(SourcePlace place)
    {
        places.SetText(ReportForm.AgencyName, place);
        places.SetPlace(YearPointer, place);
    }

    private void ReportTitle(string? parsedAgency, int? parsedYear, SourcePlace line)
    {
        agency = parsedAgency;
        year = parsedYear;
        PlaceTitle(line);
        if (agency is null)
        {
            diagnostics.Add(TextRules.TitleNotRead, line, ReportForm.AgencyName.Pointer, ImportDiagnostics.Phrase("Text.NoAgencyName"));
        }

        if (year is null)
        {
            diagnostics.Add(TextRules.TitleNotRead, line, YearPointer, ImportDiagnostics.Phrase("Text.NoYear"));
        }
    }

    private const string YearPointer = "/year";

    private void Finish()
    {
        var last = System.Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        var lastPlace = last >= 0 ? blocks[last].Place : blocks.Count > 0 ? blocks[0].Place : SourcePlace.AtLine(1);
        for (var s = 0; s < ReportForm.Sections.Count; s++)
        {
            var section = ReportForm.Sections[s];
            if (sectionPlaces[s] is { } at)
            {
                if (tables.TryGetValue(section, out var table))
                {
                    table.Finish(at);
                }

                continue;
            }

            var next = sectionPlaces.Skip(s + 1).FirstOrDefault(l => l is not null);
            diagnostics.Add(TextRules.SectionNotFound, next ?? lastPlace, section.Pointer,
                ImportDiagnostics.Say(section.Title, section.Title + " (" + section.EnglishHeading + ")"));
        }
    }

    private AnnualReport Report()
    {
        var preambleText = preamble.TextIfPresent;
        var stated = ContactDetails.Extract(preambleText);
        string? Detail(int m) => detailsGiven[m] ? details[m] : stated[m];
        PlaceTexts(stated);

        // OverviewTopics are in the order of the overview's sub-sections.
        var report = new AnnualReport
        {
            Year = year!.Value,
            Agency = new Agency(agency!) { Address = Detail(0), Phone = Detail(1), Website = Detail(2) },
            Preamble = preambleText,
            Overview = new Overview
            {
                Summary = summary.Text,
                ProactiveDisclosure = topics[0].TextIfPresent,
                RequestedDisclosure = topics[1].TextIfPresent,
                InformationManagement = topics[2].TextIfPresent,
                PlatformBuilding = topics[3].TextIfPresent,
                Oversight = topics[4].TextIfPresent,
            },
            ProblemsAndImprovements = problems.Text,
            OtherMatters = otherMatters.Text,
            Extensions = extensions,
        };
        return figures.ApplyTo(report);
    }

    /// <summary>Records where the sections and the text members start; details stated in the lead-in are placed there.</summary>
    private void PlaceTexts(string?[] stated)
    {
        for (var s = 0; s < ReportForm.Sections.Count; s++)
        {
            if (sectionPlaces[s] is { } at)
            {
                places.SetPlace(ReportForm.Sections[s].Pointer, at);
            }
        }

        var texts = new List<(FormText Text, ProseText Prose)>
        {
            (ReportForm.Texts[4], preamble), (ReportForm.OverviewSummary, summary), (ReportForm.ProblemsAndImprovements, problems), (ReportForm.OtherMatters, otherMatters),
        };
        texts.AddRange(ReportForm.OverviewTopics.Select((t, i) => (t.SubSection, topics[i])));
        foreach (var (text, prose) in texts)
        {
            if (prose.Place is { } at)
            {
                places.SetText(text, at);
            }
        }

        for (var m = 0; m < ContactDetails.Members.Count; m++)
        {
            if (!detailsGiven[m] && stated[m] is not null)
            {
                places.SetText(ContactDetails.Members[m], preamble.Place!);
            }
        }
    }

    private int NextNonBlank(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private int PreviousNonBlank(int from, int start)
    {
        for (var i = from; i >= start; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(OverviewTopic topic) => IndexIn(ReportForm.OverviewTopics, topic);

    private static int IndexOf(FormSection section) => IndexIn(ReportForm.Sections, section);

    private static int IndexIn<T>(IReadOnlyList<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }
}
