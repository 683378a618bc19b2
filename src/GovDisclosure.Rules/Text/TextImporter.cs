using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Text;

/// <summary>
/// Reads the published text of a report, line by line and once: the title, the lead-in, then each section — prose
/// into paragraphs, tables into figures. Every line costs time in proportion to its length; no regular expression.
/// </summary>
internal sealed class TextImporter
{
    // The title is looked for among this many non-blank lines before the first heading (a web page may put an index
    // number or a date above it).
    private const int TitleSearchDepth = 10;

    // A title broken over lines is joined from at most this many.
    private const int MaxTitleLines = 3;

    private readonly List<string> lines;
    private readonly ImportDiagnostics diagnostics;
    private readonly SourceMap places = new();
    private readonly Figures figures;
    private readonly ProseText preamble = new();
    private readonly ProseText summary = new();
    private readonly ProseText problems = new();
    private readonly ProseText otherMatters = new();
    private readonly ProseText[] topics = ReportForm.OverviewTopics.Select(_ => new ProseText()).ToArray();
    private readonly Dictionary<FormSection, TableReader> tables = [];
    private readonly int[] sectionLines = new int[ReportForm.Sections.Count];
    private readonly string?[] details = new string?[ContactDetails.Members.Count];
    private readonly bool[] detailsGiven = new bool[ContactDetails.Members.Count];
    private ReportExtensions? extensions;
    private string? agency;
    private int? year;

    private TextImporter(string text, MessageLanguage language)
    {
        lines = SourceLines.Split(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        diagnostics = new ImportDiagnostics(language);
        figures = new Figures(places, diagnostics);
    }

    /// <summary>Imports text (see <see cref="PublishedText"/>).</summary>
    internal static LoadResult Import(string text, MessageLanguage language) => new TextImporter(text, language).Run();

    /// <summary>The result of bytes that are not text.</summary>
    internal static LoadResult Refuse(TextDecoder.Refusal refusal, MessageLanguage language)
    {
        var diagnostics = new ImportDiagnostics(language);
        diagnostics.Add(TextRules.TitleNotRead, refusal.Line, "", diagnostics.Say(refusal.Chinese, refusal.English));
        return new LoadResult(null, diagnostics.Findings);
    }

    private LoadResult Run()
    {
        var firstHeading = lines.FindIndex(l => Headings.SectionOf(l) is not null);
        var start = ReadTitle(firstHeading < 0 ? lines.Count : firstHeading);
        var prose = new ProseReader(preamble);
        FormSection? section = null;
        TableReader? table = null;
        for (var i = start; i < lines.Count; i++)
        {
            var number = i + 1;
            var heading = Headings.SectionOf(lines[i]);
            if (heading is not null)
            {
                section = heading;
                table = Enter(heading, number, prose);
            }
            else if (table is not null)
            {
                table.Read(number, lines[i]);
            }
            else
            {
                ReadProse(lines[i].Trim(), number, section, prose);
            }
        }

        prose.Close();
        Finish();
        return diagnostics.HasErrors ? new LoadResult(null, diagnostics.Findings) : new LoadResult(Report(), diagnostics.Findings, places);
    }

    private void ReadProse(string line, int number, FormSection? section, ProseReader prose)
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
            target.StartsAt(number);
        }
        else if (EscapedLine.IsQuoted(line))
        {
            prose.AddParagraph(EscapedLine.Unquote(line), number);
        }
        else if (EscapedLine.TryReadDirective(line, out var name, out var value) && Apply(name, value, number))
        {
            prose.Close();
        }
        else
        {
            prose.AddLine(line, number);
        }
    }

    private TableReader? Enter(FormSection section, int number, ProseReader prose)
    {
        var index = IndexOf(section);
        sectionLines[index] = sectionLines[index] > 0 ? sectionLines[index] : number;
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
        target.StartsAt(number);
        return null;
    }

    /// <summary>Applies a directive; false when it is none this importer knows, or its value does not read.</summary>
    private bool Apply(string name, string value, int number)
    {
        for (var m = 0; m < ContactDetails.Members.Count; m++)
        {
            if (name == ContactDetails.Members[m].JsonName && EscapedLine.TryReadValue(value, out var detail))
            {
                details[m] = detail;
                detailsGiven[m] = true;
                places.SetText(ContactDetails.Members[m], number, 1);
                return true;
            }
        }

        if (name == ExtensionsDirective)
        {
            try
            {
                extensions = ReportExtensions.Parse(value);
                places.Set(ExtensionsPointer, number, 1);
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
            ReportTitle(null, null, firstHeading < lines.Count ? firstHeading + 1 : 1);
            return 0;
        }

        var firstLine = lines[first].Trim();
        if (EscapedLine.TryReadDirective(firstLine, out var name, out var value) && name == TitleLine.DirectiveName
            && TitleLine.TryReadDirective(value, out var directiveAgency, out var directiveYear))
        {
            agency = directiveAgency;
            year = directiveYear;
            PlaceTitle(first + 1);
            return first + 1;
        }

        var titled = FindTitleLine(first, firstHeading);
        if (titled < 0)
        {
            // No line names a report: the first line is the title when it can be one, else there is no title.
            var isTitle = TitleLine.IsCandidate(lines[first]);
            var (a, y) = isTitle ? TitleLine.Parse(lines[first]) : (null, null);
            ReportTitle(a, y, first + 1);
            return isTitle ? first + 1 : first;
        }

        // A title broken over lines: join the candidate lines above until both agency and year read.
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

        ReportTitle(parsedAgency, parsedYear, titled + 1);
        return titled + 1;
    }

    private int FindTitleLine(int first, int firstHeading)
    {
        var seen = 0;
        for (var i = first; i < firstHeading && seen < TitleSearchDepth; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            seen++;
            if (TitleLine.IsCandidate(lines[i]) && TitleLine.NamesReport(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void PlaceTitle(int line)
    {
        places.SetText(ReportForm.AgencyName, line, 1);
        places.Set(YearPointer, line, 1);
    }

    private void ReportTitle(string? parsedAgency, int? parsedYear, int line)
    {
        agency = parsedAgency;
        year = parsedYear;
        PlaceTitle(line);
        if (agency is null)
        {
            diagnostics.Add(TextRules.TitleNotRead, line, ReportForm.AgencyName.Pointer, diagnostics.Say("找不到机关名称", "no agency name"));
        }

        if (year is null)
        {
            diagnostics.Add(TextRules.TitleNotRead, line, YearPointer, diagnostics.Say("找不到年度", "no year"));
        }
    }

    private const string YearPointer = "/year";

    private void Finish()
    {
        var lastLine = Enumerable.Range(0, lines.Count).LastOrDefault(i => lines[i].Trim().Length > 0) + 1;
        for (var s = 0; s < ReportForm.Sections.Count; s++)
        {
            var section = ReportForm.Sections[s];
            if (sectionLines[s] > 0)
            {
                if (tables.TryGetValue(section, out var table))
                {
                    table.Finish(sectionLines[s]);
                }

                continue;
            }

            var next = sectionLines.Skip(s + 1).FirstOrDefault(l => l > 0);
            diagnostics.Add(TextRules.SectionNotFound, next > 0 ? next : lastLine, section.Pointer,
                diagnostics.Say(section.Title, section.Title + " (" + section.EnglishHeading + ")"));
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
            if (sectionLines[s] > 0)
            {
                places.Set(ReportForm.Sections[s].Pointer, sectionLines[s], 1);
            }
        }

        var texts = new List<(FormText Text, ProseText Prose)>
        {
            (ReportForm.Texts[4], preamble), (ReportForm.OverviewSummary, summary), (ReportForm.ProblemsAndImprovements, problems), (ReportForm.OtherMatters, otherMatters),
        };
        texts.AddRange(ReportForm.OverviewTopics.Select((t, i) => (t.SubSection, topics[i])));
        foreach (var (text, prose) in texts.Where(t => t.Prose.Line > 0))
        {
            places.SetText(text, prose.Line, 1);
        }

        for (var m = 0; m < ContactDetails.Members.Count; m++)
        {
            if (!detailsGiven[m] && stated[m] is not null)
            {
                places.SetText(ContactDetails.Members[m], preamble.Line, 1);
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
