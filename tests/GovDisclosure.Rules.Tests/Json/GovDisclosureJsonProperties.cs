using System;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using GovDisclosure.Rules.Aggregation;
using GovDisclosure.Rules.Diff;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.Tests.Json;

/// <summary>
/// Any serializer configured by GovDisclosureJson writes the results exactly as the hand-written writers do, for
/// generated reports (consecutive pairs, so that the validation and the comparison have findings to write).
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries) })]
public class GovDisclosureJsonProperties
{
    private static readonly ReportValidator Validator = new();

    private static readonly JsonSerializerOptions Compact = GovDisclosureJson.Configure(new JsonSerializerOptions());

    private static readonly JsonSerializerOptions Indented = GovDisclosureJson.Configure(new JsonSerializerOptions { WriteIndented = true });

    // Whatever a host sets, the resolver answers before reflection; JsonSerializerDefaults.Web is what ASP.NET Core uses.
    private static readonly JsonSerializerOptions Web = GovDisclosureJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static ValidationResult Broken(ConsecutiveReports pair) =>
        Validator.Validate(pair.Current with { Year = pair.Current.Year + 1, Agency = pair.Current.Agency with { Name = pair.Current.Agency.Name + "局" } }, pair.Previous);

    [Property]
    public void A_serialized_validation_result_equals_ToJson_byte_for_byte(ConsecutiveReports pair)
    {
        foreach (var result in new[] { Validator.Validate(pair.Current, pair.Previous), Broken(pair) })
        {
            Assert.Equal(result.ToJson(), JsonSerializer.Serialize(result, Compact));
            Assert.Equal(result.ToJson(indented: true), JsonSerializer.Serialize(result, Indented));
            Assert.Equal(result.ToJson(), JsonSerializer.Serialize(result, Web));
        }
    }

    [Property]
    public void Every_serialized_finding_equals_its_object_in_the_validation_result(ConsecutiveReports pair)
    {
        var result = Broken(pair);
        Assert.NotEmpty(result.Findings);
        using var written = JsonDocument.Parse(result.ToJson());
        var objects = written.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetRawText()).ToArray();

        Assert.Equal(objects, result.Findings.Select(f => JsonSerializer.Serialize(f, Compact)));
    }

    [Property]
    public void A_serialized_comparison_equals_ReportDiffJson_byte_for_byte(ConsecutiveReports pair)
    {
        foreach (var diff in new[] { ReportComparer.Compare(pair.Previous, pair.Current), ReportComparer.Compare(pair.Current, pair.Previous) })
        {
            Assert.Equal(ReportDiffJson.ToJson(diff, indented: false), JsonSerializer.Serialize(diff, Compact));
            Assert.Equal(ReportDiffJson.ToJson(diff, indented: true), JsonSerializer.Serialize(diff, Indented));
        }
    }

    [Property]
    public void A_serialized_aggregation_holds_the_roll_up_in_canonical_form_and_its_findings(ConsecutiveReports pair)
    {
        var sameYear = ReportAggregator.Aggregate([pair.Previous, pair.Current with { Year = pair.Previous.Year }], "汇总");
        var yearsDiffer = ReportAggregator.Aggregate([pair.Previous, pair.Current], "汇总");
        foreach (var result in new[] { sameYear, yearsDiffer })
        {
            var findings = "[" + string.Join(",", result.Findings.Select(f => JsonSerializer.Serialize(f, Compact))) + "]";
            var report = result.Report is { } rollUp ? ReportJson.Write(rollUp, new JsonWriteOptions { Indented = false }) : "null";
            var expected = $"{{\"succeeded\":{(result.Succeeded ? "true" : "false")},\"reportCount\":{result.ReportCount},\"report\":{report},\"findings\":{findings}}}";

            Assert.Equal(expected, JsonSerializer.Serialize(result, Compact));
        }

        Assert.True(sameYear.Succeeded);
        Assert.False(yearsDiffer.Succeeded);
        Assert.Contains(yearsDiffer.Findings, f => f.RuleId == AggregationRules.YearsDiffer.Id);
    }

    [Fact]
    public void The_results_are_written_not_read()
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<ValidationResult>("{}", Compact));
        Assert.Contains("ValidationResult", error.Message);
    }

    [Fact]
    public void Configure_keeps_a_chosen_encoder_and_registers_the_resolver_once()
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };
        GovDisclosureJson.Configure(GovDisclosureJson.Configure(options));

        Assert.Same(System.Text.Encodings.Web.JavaScriptEncoder.Default, options.Encoder);
        Assert.Single(options.TypeInfoResolverChain, r => r == GovDisclosureJson.TypeInfoResolver);
        Assert.Null(GovDisclosureJson.TypeInfoResolver.GetTypeInfo(typeof(AnnualReport), options));
    }
}
