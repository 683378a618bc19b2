using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Text;
using GovDisclosure.Rules.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovDisclosure.Rules.AspNetCore;

/// <summary>
/// The services one request needs, built once from the options: a validator per message language (validators are
/// stateless and shared), the reading options, and the log. The log holds counts, timings and rule IDs, never report content.
/// </summary>
internal sealed partial class ReportDesk
{
    private readonly ReportValidator chinese;
    private readonly ReportValidator english;
    private readonly ILogger<ReportDesk> logger;

    public ReportDesk(IOptions<GovDisclosureRulesOptions> options, ILogger<ReportDesk> logger)
    {
        Options = options.Value;
        this.logger = logger;
        chinese = new ReportValidator(ValidationIn(MessageLanguage.Chinese));
        english = new ReportValidator(ValidationIn(MessageLanguage.English));
    }

    public GovDisclosureRulesOptions Options { get; }

    public ReportValidator ValidatorIn(MessageLanguage language) => language == MessageLanguage.English ? english : chinese;

    public static JsonReadOptions JsonIn(MessageLanguage language) => new() { Language = language };

    public static TextImportOptions TextIn(MessageLanguage language) => new() { Language = language };

    public DiffOptions DiffIn(MessageLanguage language) => Options.YearOverYear with { Language = language };

    /// <summary>Validates what was read, logging its counts, timing and rule IDs.</summary>
    public ValidationResult Validate(LoadResult loaded, AnnualReport? previous, MessageLanguage language, long startedAt)
    {
        var result = ValidatorIn(language).Validate(loaded, previous);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var rules = string.Join(",", result.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));
            Validated(logger, result.Errors, result.Warnings, result.Infos, Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, rules);
        }

        return result;
    }

    public void Refused(int status, string reason) => RefusedUpload(logger, status, reason);

    private ValidationOptions ValidationIn(MessageLanguage language) => new()
    {
        Language = language,
        Today = Options.Today,
        DisabledRules = Options.DisabledRules.ToArray(),
        SeverityOverrides = new Dictionary<string, Severity>(Options.SeverityOverrides, StringComparer.Ordinal),
        AdditionalRules = Options.AdditionalRules.ToArray(),
        YearOverYear = Options.YearOverYear,
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Report validated: {Errors} errors, {Warnings} warnings, {Infos} infos in {Milliseconds} ms; rules {RuleIds}")]
    private static partial void Validated(ILogger logger, int errors, int warnings, int infos, double milliseconds, string ruleIds);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Upload refused with {Status}: {Reason}")]
    private static partial void RefusedUpload(ILogger logger, int status, string reason);
}
