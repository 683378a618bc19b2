using System;
using System.Collections.Generic;
using System.Linq;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Form;

namespace GovDisclosure.Rules.Testing;

/// <summary>
/// Builds a <see cref="Jurisdiction"/> from generated figures and wordings and a seeded random source for the planting.
/// Each agency's years chain (<see cref="YearChain"/>); every section of prose ends with a passage of the agency's own, so
/// that two agencies' sections are alike only where a copy is planted; a year's counts that came out equal to the year
/// before's are moved, so that tables are the same as last year's only where a copy is planted; at most one agency of a
/// city copies its tables in a year, so that a city's roll-up never repeats the year before.
/// </summary>
internal static class JurisdictionBuilder
{
    private const string RollUpSuffix = "人民政府各部门";

    // Characters of official prose for each agency's own passage; random runs of them are alike only by chance.
    private const string Alphabet =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private static readonly string[] Sections = ["/overview", "/problemsAndImprovements", "/otherMatters"];

    public static Jurisdiction Build(int agencyCount, int yearCount, int lastYear, Figures[] figures, Wording[] wordings, Random random)
    {
        var firstYear = lastYear - yearCount + 1;
        var agencies = AgencyNames.Cities
            .SelectMany(city => AgencyNames.Departments.Where(d => d != "人民政府").Select(department => (City: city, Department: department)))
            .OrderBy(_ => random.Next()).Take(agencyCount).ToArray();

        // Renames: from a year on, an agency publishes under a new name.
        var used = new HashSet<string>(agencies.Select(a => a.City + a.Department));
        var renameYear = new int?[agencyCount];
        var newName = new string?[agencyCount];
        var renames = new Dictionary<string, string>();
        for (var a = 0; a < agencyCount; a++)
        {
            var renamed = agencies[a].City + Renamed(agencies[a].Department);
            if (yearCount >= 2 && random.Next(10) == 0 && used.Add(renamed))
            {
                renameYear[a] = firstYear + 1 + random.Next(yearCount - 1);
                newName[a] = renamed;
                renames.Add(agencies[a].City + agencies[a].Department, renamed);
            }
        }

        // Figures, year by year; a copy forward planted now and then, at most one per city and year.
        var tables = new Figures[agencyCount, yearCount];
        var copied = new bool[agencyCount, yearCount];
        var licensing = ReportForm.ProactiveDisclosureTable.Rows[2].Cells[0];
        for (var y = 0; y < yearCount; y++)
        {
            var citiesCopying = new HashSet<string>();
            for (var a = 0; a < agencyCount; a++)
            {
                var fresh = figures[(a * yearCount) + y];
                if (y == 0)
                {
                    tables[a, y] = fresh;
                    continue;
                }

                var previous = tables[a, y - 1];
                if (random.Next(8) == 0 && NonZeroCounts(previous) >= 3 && citiesCopying.Add(agencies[a].City))
                {
                    tables[a, y] = previous.Copy();
                    copied[a, y] = true;
                    continue;
                }

                var chained = YearChain.Chain(previous, fresh);
                if (SameCounts(previous, chained))
                {
                    chained[licensing]++;
                }

                tables[a, y] = chained;
            }
        }

        // Reports, latest year first.
        var reports = new List<AnnualReport>();
        var position = new int[agencyCount, yearCount];
        var copiedTables = new List<int>();
        for (var y = yearCount - 1; y >= 0; y--)
        {
            for (var a = 0; a < agencyCount; a++)
            {
                var year = firstYear + y;
                var (city, department) = agencies[a];
                var name = renameYear[a] is { } from && year >= from ? newName[a]! : city + department;
                if (random.Next(10) == 0)
                {
                    // The same agency, typeset differently: a space between the place and the department.
                    name = name.Insert(city.Length, random.Next(2) == 0 ? " " : "\u3000");
                }

                var report = ProseWriter.Write(tables[a, y].ApplyTo(AnnualReport.Create(year, name)), wordings[(a * yearCount) + y]);
                report = report with
                {
                    Overview = report.Overview with { Summary = report.Overview.Summary + Passage(random) },
                    ProblemsAndImprovements = report.ProblemsAndImprovements + Passage(random),
                    OtherMatters = report.OtherMatters + Passage(random),
                };
                position[a, y] = reports.Count;
                if (copied[a, y])
                {
                    copiedTables.Add(reports.Count);
                }

                reports.Add(report);
            }
        }

        // Prose copied between two agencies of one year, a section at a time, each agency in at most one copy of a section.
        var copiedProse = new List<PlantedProseCopy>();
        for (var y = 0; y < yearCount; y++)
        {
            foreach (var section in Sections)
            {
                var order = Enumerable.Range(0, agencyCount).OrderBy(_ => random.Next()).ToArray();
                var pairs = random.Next(Math.Max(1, agencyCount / 8) + 1);
                for (var p = 0; p < pairs && (2 * p) + 1 < order.Length; p++)
                {
                    var (original, copy) = (position[order[2 * p], y], position[order[(2 * p) + 1], y]);
                    reports[copy] = CopySection(reports[original], reports[copy], section);
                    copiedProse.Add(new PlantedProseCopy(original, copy, section));
                }
            }
        }

        var previousOf = new List<int?>(reports.Select(_ => (int?)null));
        for (var a = 0; a < agencyCount; a++)
        {
            for (var y = 1; y < yearCount; y++)
            {
                previousOf[position[a, y]] = position[a, y - 1];
            }
        }

        // Roll-ups of a city's departments, now and then with a cell that is not the members' sum.
        var rollUps = new List<int>();
        var rollUpErrors = new List<PlantedRollUpError>();
        var countCells = ReportForm.Cells.Where(c => c.Kind == CellKind.Count).ToArray();
        foreach (var city in agencies.GroupBy(a => a.City).Where(g => g.Count() >= 2).Select(g => g.Key))
        {
            int? previousRollUp = null;
            for (var y = 0; y < yearCount; y++)
            {
                if (random.Next(2) == 0)
                {
                    previousRollUp = null;
                    continue;
                }

                var members = Enumerable.Range(0, agencyCount).Where(a => agencies[a].City == city).Select(a => reports[position[a, y]]);
                var rollUp = ReportAggregator.Aggregate(members, city + RollUpSuffix).Report!;
                if (random.Next(2) == 0)
                {
                    var cell = countCells[random.Next(countCells.Length)];
                    rollUp = ReportForm.WithValue(rollUp, cell, cell.GetCount(rollUp) + 1 + random.Next(100));
                    rollUpErrors.Add(new PlantedRollUpError(reports.Count, cell.Pointer));
                }

                rollUps.Add(reports.Count);
                previousOf.Add(previousRollUp);
                previousRollUp = reports.Count;
                reports.Add(rollUp);
            }
        }

        return new Jurisdiction(reports, previousOf, renames, copiedTables, copiedProse, rollUps, rollUpErrors);
    }

    private static string Renamed(string department) =>
        department.EndsWith("局", StringComparison.Ordinal) ? department.Substring(0, department.Length - 1) + "事务中心" : department + "事务中心";

    private static int NonZeroCounts(Figures figures) => ReportForm.Cells.Count(c => c.Kind == CellKind.Count && figures[c] != 0);

    private static bool SameCounts(Figures first, Figures second) =>
        ReportForm.Cells.All(c => c.Kind != CellKind.Count || first[c] == second[c]);

    /// <summary>A passage of the agency's own: a new paragraph of 80 to 160 characters.</summary>
    private static string Passage(Random random)
    {
        var chars = new char[80 + random.Next(81)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return "\n" + new string(chars) + "。";
    }

    private static AnnualReport CopySection(AnnualReport from, AnnualReport to, string section) => section switch
    {
        "/overview" => to with { Overview = from.Overview },
        "/problemsAndImprovements" => to with { ProblemsAndImprovements = from.ProblemsAndImprovements },
        _ => to with { OtherMatters = from.OtherMatters },
    };
}
