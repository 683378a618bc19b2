using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GovDisclosure.Rules.Json;
using GovDisclosure.Rules.Testing;
using GovDisclosure.Rules.Validation;
using Xunit;

namespace GovDisclosure.Rules.AspNetCore.Tests;

/// <summary>Laws of the problem details for every broken report.</summary>
public sealed class ProblemJsonProperties
{
    private static readonly ReportValidator Validator = new();

    [Fact]
    public void The_problem_lists_every_finding_as_the_result_does_and_every_error_under_its_pointer() =>
        Prop.ForAll(Gen.Elements(ReportGenerators.BreakableRules.ToArray()).SelectMany(ReportGenerators.BrokenReport).ToArbitrary(), Gen.Elements(MessageLanguage.Chinese, MessageLanguage.English).ToArbitrary(), (report, language) =>
        {
            var result = Validator.Validate(ReportJson.Read(ReportJson.WriteUtf8(report)));

            using var problem = JsonDocument.Parse(ReportResults.ProblemJson(result, language));
            using var own = JsonDocument.Parse(result.ToJson());

            Assert.Equal(own.RootElement.GetProperty("findings").GetRawText(), problem.RootElement.GetProperty("findings").GetRawText());
            var errors = problem.RootElement.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
            var expected = result.Findings.Where(f => f.Severity == Severity.Error).GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray());
            Assert.Equal(expected, errors);
            Assert.Equal(422, problem.RootElement.GetProperty("status").GetInt32());
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_valid_result_answers_200_and_an_invalid_one_422() =>
        Prop.ForAll(ReportArbitraries.ConsistentReports(), report =>
        {
            var result = Validator.Validate(report);
            var answer = ReportResults.Validation(result);

            var status = Assert.IsAssignableFrom<Microsoft.AspNetCore.Http.IStatusCodeHttpResult>(answer).StatusCode;
            Assert.Equal(result.Valid ? 200 : 422, status);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Bad_calls_throw()
    {
        Assert.Throws<System.ArgumentNullException>(() => ReportResults.ProblemJson(null!));
        Assert.Throws<System.ArgumentNullException>(() => ReportResults.Validation(null!));
        Assert.Throws<System.ArgumentNullException>(() => ReportResults.Diff(null!));
    }
}
