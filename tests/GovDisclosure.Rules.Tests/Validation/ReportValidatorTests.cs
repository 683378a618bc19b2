using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GovDisclosure.Rules.Form;
using GovDisclosure.Rules.Tests.Json;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Validation;

public class ReportValidatorTests
{
    private static readonly AnnualReport ShortName = JsonDocuments.ExampleReport with { Agency = new Agency("某局") };

    /// <summary>A host's own rule: the agency name is too short to identify the agency.</summary>
    private sealed class AgencyNameRule() : ReportRule(new RuleDescriptor("HOST001", Severity.Warning, "机关名称过短", "Agency name too short",
        "机关名称“{0}”过短", "The agency name \"{0}\" is too short"))
    {
        public override void Check(RuleContext context)
        {
            if (context.Report.Agency.Name.Length < 4)
            {
                context.ReportFinding(ReportForm.AgencyName.Pointer, context.Format(context.Report.Agency.Name));
            }
        }
    }

    /// <summary>A host's rule that needs last year's report.</summary>
    private sealed class PreviousYearRule() : ReportRule(new RuleDescriptor("HOST002", Severity.Error, "上年", "Last year", "上年为 {0}", "Last year is {0}"))
    {
        public override bool RequiresPrevious => true;

        public override void Check(RuleContext context) => context.ReportFinding("/year", context.Format(context.Previous!.Year), actual: context.Previous.Year);
    }

    /// <summary>Records what the context offers (a test's spy: not stateless).</summary>
    private sealed class ContextSpy() : ReportRule(new RuleDescriptor("SPY", Severity.Info, "spy", "spy", "{0}", "{0}"))
    {
        public List<(AnnualReport Report, AnnualReport? Previous, MessageLanguage Language, DateTime Today, Severity Severity)> Seen { get; } = [];

        public RuleContext? Kept { get; private set; }

        public override void Check(RuleContext context)
        {
            Seen.Add((context.Report, context.Previous, context.Language, context.Today, context.Severity));
            Kept = context;
        }
    }

    [Fact]
    public void The_built_in_rules_are_the_one_report_and_year_over_year_rules_of_the_catalogue_in_ID_order()
    {
        Assert.Equal(ReportRules.All.Concat(GovDisclosure.Rules.Diff.YearOverYearRules.All).Concat(GovDisclosure.Rules.Validation.Corrections.CorrectionRules.All), new ReportValidator().Rules.Select(r => r.Descriptor));
    }

    [Fact]
    public void A_host_rule_plugs_in_like_a_built_in_one()
    {
        var validator = new ReportValidator(new ValidationOptions { AdditionalRules = [new AgencyNameRule()] });
        Assert.Equal("HOST001", validator.Rules[^1].Descriptor.Id);
        var finding = Assert.Single(validator.Validate(ShortName).Findings);
        Assert.Equal(new Finding("HOST001", Severity.Warning, "机关名称“某局”过短", "/agency/name"), finding);
        Assert.Empty(validator.Validate(JsonDocuments.ExampleReport).Findings);
    }

    [Fact]
    public void Severity_overrides_apply_to_built_in_and_host_rules()
    {
        var options = new ValidationOptions
        {
            AdditionalRules = [new AgencyNameRule()],
            SeverityOverrides = new Dictionary<string, Severity> { ["GD001"] = Severity.Warning, ["HOST001"] = Severity.Info, ["GD999"] = Severity.Error },
        };
        var result = new ReportValidator(options).Validate(ShortName with { Year = 2020 });
        Assert.Equal([("GD001", Severity.Warning), ("HOST001", Severity.Info)], result.Findings.Select(f => (f.RuleId, f.Severity)));
        Assert.True(result.Valid);
        Assert.Equal((0, 1, 1), (result.Errors, result.Warnings, result.Infos));
    }

    [Fact]
    public void Disabled_rules_do_not_run()
    {
        var broken = JsonDocuments.ExampleReport.With("/applications/outcomes/total/naturalPersons", 10);
        Assert.Equal(["GD201", "GD202", "GD203", "GD601"], Validate.Chinese.Validate(broken).Findings.Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));

        var options = new ValidationOptions { DisabledRules = ["GD201", "GD203", "HOST001", "GD777"], AdditionalRules = [new AgencyNameRule()] };
        var validator = new ReportValidator(options);
        Assert.DoesNotContain(validator.Rules, r => r.Descriptor.Id is "GD201" or "GD203" or "HOST001");
        Assert.Equal(["GD202", "GD601"], validator.Validate(broken with { Agency = new Agency("某局") }).Findings.Select(f => f.RuleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void The_language_option_chooses_the_messages()
    {
        var report = JsonDocuments.ExampleReport with { Year = 2020 };
        var chinese = new ReportValidator(new ValidationOptions { Language = MessageLanguage.Chinese }).Validate(report).Findings.Single(f => f.RuleId == "GD001");
        var english = new ReportValidator(new ValidationOptions { Language = MessageLanguage.English }).Validate(report).Findings.Single(f => f.RuleId == "GD001");
        Assert.Equal(ReportRules.YearBeforeFormat.Format(MessageLanguage.Chinese, 2020), chinese.Message);
        Assert.Equal(ReportRules.YearBeforeFormat.Format(MessageLanguage.English, 2020), english.Message);
        Assert.Equal(MessageLanguage.Chinese, ValidationOptions.Default.Language);
    }

    [Fact]
    public void The_context_carries_the_report_the_previous_report_the_language_today_and_the_severity()
    {
        var spy = new ContextSpy();
        var today = new DateTime(2024, 5, 6);
        var options = new ValidationOptions
        {
            AdditionalRules = [spy], Language = MessageLanguage.English, Today = today,
            SeverityOverrides = new Dictionary<string, Severity> { ["SPY"] = Severity.Error },
        };
        var validator = new ReportValidator(options);
        var previous = JsonDocuments.ExampleReport with { Year = 2021 };
        validator.Validate(JsonDocuments.ExampleReport);
        validator.Validate(JsonDocuments.ExampleReport, previous);
        Assert.Equal(
            [(JsonDocuments.ExampleReport, (AnnualReport?)null, MessageLanguage.English, today, Severity.Error), (JsonDocuments.ExampleReport, previous, MessageLanguage.English, today, Severity.Error)],
            spy.Seen);
    }

    [Fact]
    public void A_rule_that_needs_last_years_report_is_skipped_without_one()
    {
        var validator = new ReportValidator(new ValidationOptions { AdditionalRules = [new PreviousYearRule()] });
        Assert.Empty(validator.Validate(JsonDocuments.ExampleReport).Findings);
        Assert.Empty(validator.Validate(JsonDocuments.ExampleReport, null).Findings);
        var withPrevious = validator.Validate(JsonDocuments.ExampleReport, JsonDocuments.ExampleReport with { Year = 2021 });
        var finding = Assert.Single(withPrevious.Findings, f => f.RuleId == "HOST002");
        Assert.Equal("上年为 2021", finding.Message);
        Assert.Equal(2021m, finding.Actual);
    }

    [Fact]
    public void A_context_kept_after_its_check_refuses_to_be_used()
    {
        var spy = new ContextSpy();
        new ReportValidator(new ValidationOptions { AdditionalRules = [spy] }).Validate(JsonDocuments.ExampleReport);
        Assert.Throws<InvalidOperationException>(() => spy.Kept!.Report);
        var expired = Assert.Throws<InvalidOperationException>(() => spy.Kept!.ReportFinding("/year", "x"));
        Assert.Equal("上下文只在规则检查期间有效。The context is valid only while a rule is being checked.", expired.Message);
    }

    [Fact]
    public void A_host_rule_that_reports_without_a_path_or_message_fails_with_an_error_naming_the_argument()
    {
        // The bad call is contained like any other failure of a host's rule: an error under its ID, naming the argument.
        var noPath = new ReportValidator(new ValidationOptions { AdditionalRules = [new CarelessRule(path: null, message: "m")] });
        var failure = Assert.Single(noPath.Validate(JsonDocuments.ExampleReport).Findings, f => f.RuleId == "CARELESS");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Contains("ArgumentNullException", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'path'", failure.Message, StringComparison.Ordinal);

        var noMessage = new ReportValidator(new ValidationOptions { AdditionalRules = [new CarelessRule(path: "/year", message: null)] });
        Assert.Contains("'message'", Assert.Single(noMessage.Validate(JsonDocuments.ExampleReport).Findings, f => f.RuleId == "CARELESS").Message, StringComparison.Ordinal);
    }

    private sealed class CarelessRule(string? path, string? message) : ReportRule(new RuleDescriptor("CARELESS", Severity.Info, "c", "c", "{0}", "{0}"))
    {
        public override void Check(RuleContext context) => context.ReportFinding(path!, message!);
    }

    [Fact]
    public void Options_with_a_null_collection_or_a_bad_host_rule_are_refused_with_the_reason()
    {
        Assert.Equal("options.AdditionalRules", Assert.Throws<ArgumentNullException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = null! })).ParamName);
        Assert.Equal("options.DisabledRules", Assert.Throws<ArgumentNullException>(() => new ReportValidator(new ValidationOptions { DisabledRules = null! })).ParamName);
        Assert.Equal("options.SeverityOverrides", Assert.Throws<ArgumentNullException>(() => new ReportValidator(new ValidationOptions { SeverityOverrides = null! })).ParamName);

        var nullRule = Assert.Throws<ArgumentException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = [null!] }));
        Assert.StartsWith("宿主规则不能为 null。A host rule cannot be null.", nullRule.Message);
        Assert.Equal("options", nullRule.ParamName);
        var twice = Assert.Throws<ArgumentException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = [new AgencyNameRule(), new AgencyNameRule()] }));
        Assert.StartsWith("规则编号 HOST001 重复。Two rules share the ID HOST001.", twice.Message);
    }

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new ReportValidator().Validate(null!));
        Assert.Throws<ArgumentNullException>(() => new ReportValidator().Validate((AnnualReport)null!, JsonDocuments.ExampleReport));
        Assert.Throws<ArgumentException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = [new AgencyNameRule(), new AgencyNameRule()] }));
        Assert.Throws<ArgumentException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = [null!] }));
        var sameIdAsBuiltIn = new RuleDescriptor("GD001", Severity.Error, "t", "t", "m", "m");
        Assert.Throws<ArgumentException>(() => new ReportValidator(new ValidationOptions { AdditionalRules = [new ReusedIdRule(sameIdAsBuiltIn)] }));
    }

    [Fact]
    public void One_validator_gives_the_same_results_on_many_threads()
    {
        var validator = new ReportValidator(new ValidationOptions { Today = Validate.Today, AdditionalRules = [new AgencyNameRule()] });
        var reports = ReportForm.Cells.Where(c => c.Kind == CellKind.Count && c.Index % 3 == 0).Select(c => JsonDocuments.ExampleReport.With(c.Pointer, 7) with { Agency = new Agency(c.Index % 2 == 0 ? "某局" : "某某市某局") }).ToArray();
        var sequential = reports.Select(r => validator.Validate(r).ToJson()).ToArray();
        var parallel = new string[reports.Length];
        Parallel.For(0, reports.Length * 4, i => parallel[i % reports.Length] = validator.Validate(reports[i % reports.Length]).ToJson());
        Assert.Equal(sequential, parallel);
    }

    private sealed class ReusedIdRule(RuleDescriptor descriptor) : ReportRule(descriptor)
    {
        public override void Check(RuleContext context)
        {
        }
    }
}
