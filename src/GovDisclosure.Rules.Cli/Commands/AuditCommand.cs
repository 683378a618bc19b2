using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using GovDisclosure.Rules.Audit;
using GovDisclosure.Rules.Cli.Audit;
using GovDisclosure.Rules.Cli.Output;

namespace GovDisclosure.Rules.Cli.Commands;

/// <summary>
/// <c>govdisclosure audit &lt;path&gt;... [-o &lt;folder&gt;] [--renames &lt;file&gt;] [--similarity &lt;0–1&gt;] [--lang zh|en]</c>:
/// audits every report found (several agencies and years at once) and writes index.html, reports.xlsx, reports.csv and
/// audit.json into the folder. What reading a file finds goes to stderr; a file that cannot be read as a report is left
/// out and the exit code is 1, as it is when any report has an error.
/// </summary>
internal static class AuditCommand
{
    public static int Run(string[] words, CommandContext context)
    {
        var arguments = Arguments.Parse("audit", words);
        var language = arguments.Language;
        var options = new AuditOptions
        {
            Language = language,
            Renames = arguments.Option("--renames") is { } renames ? ReadRenames(renames) : new Dictionary<string, string>(),
            ProseSimilarityThreshold = Threshold(arguments.Option("--similarity")),
        };

        var reports = new List<AnnualReport>();
        var sources = new List<string>();
        var unreadable = false;
        foreach (var file in ReportFiles.Expand(arguments.Positional, language, note => context.Stderr.WriteLine($"govdisclosure: {note}")))
        {
            var loaded = ReportFiles.Load(file, language);
            if (loaded.Findings.Count > 0)
            {
                // What reading found (a text layout's warnings, say) is the file's, not the report's: it goes to stderr.
                FindingsText.Write(context.Stderr, new FileOutcome(file.Path, loaded.Findings), language);
            }

            if (loaded.Report is null)
            {
                unreadable = true;
                continue;
            }

            reports.Add(loaded.Report);
            sources.Add(file.Path);
        }

        var result = ReportAudit.Run(reports, options);
        var folder = arguments.Option("-o") ?? "audit";
        try
        {
            Directory.CreateDirectory(folder);
            using (var page = new StreamWriter(Path.Combine(folder, "index.html")))
            {
                AuditPage.Write(result, page, sources);
            }

            using (var workbook = File.Create(Path.Combine(folder, "reports.xlsx")))
            {
                AuditWorkbook.Write(result, workbook, sources);
            }

            using (var csv = File.Create(Path.Combine(folder, "reports.csv")))
            {
                AuditCsv.Write(result, csv, sources);
            }

            using (var json = File.Create(Path.Combine(folder, "audit.json")))
            {
                AuditJson.Write(result, json, sources);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法写入 {folder} (cannot write to {folder}): {e.Message}", "检查路径和权限 (check the path and its permissions)");
        }

        var english = language == MessageLanguage.English;
        context.Stdout.WriteLine(english
            ? $"{result.Reports.Count} reports audited: {result.Passed} passed, {result.Failed} with errors; written to {folder}"
            : $"审计报告 {result.Reports.Count} 份：通过 {result.Passed} 份，有错误 {result.Failed} 份；已写入 {folder}");
        return unreadable || result.Failed > 0 ? Cli.ErrorFound : Cli.NoError;
    }

    private static double Threshold(string? text)
    {
        if (text is null)
        {
            return AuditOptions.Default.ProseSimilarityThreshold;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : throw new UsageException($"audit: --similarity 应为 0 至 1 之间的数 (--similarity must be a number from 0 to 1), not '{text}'", "如 (such as) --similarity 0.85");
    }

    /// <summary>The renames file: one "old name = new name" a line (UTF-8); blank lines and lines starting with # are skipped.</summary>
    private static Dictionary<string, string> ReadRenames(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"无法读取 {path} (cannot read {path}): {e.Message}", "检查路径和权限 (check the path and its permissions)");
        }

        var renames = new Dictionary<string, string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == line.Length - 1)
            {
                throw new UsageException($"audit: {path} 第 {i + 1} 行应为“旧名称 = 新名称” (line {i + 1} of {path} should be 'old name = new name')", "每行一对 (one pair a line)");
            }

            renames[line.Substring(0, equals).Trim()] = line.Substring(equals + 1).Trim();
        }

        return renames;
    }
}
