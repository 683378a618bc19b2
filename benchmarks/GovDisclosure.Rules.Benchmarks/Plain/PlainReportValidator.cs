using System;
using System.Linq;
using FluentValidation;

namespace GovDisclosure.Rules.Benchmarks.Plain;

/// <summary>
/// The FluentValidation baseline: the table B and C relations of docs/format.md §5 (row totals, the outcomes total, the
/// balance, table C totals) written as a host would write them on the plain classes.
/// </summary>
public sealed class PlainReportValidator : AbstractValidator<PlainReport>
{
    public PlainReportValidator()
    {
        RuleFor(r => r.Applications).SetValidator(new PlainApplicationsValidator());
        RuleFor(r => r.ReviewsAndLitigation).SetValidator(new PlainReviewsAndLitigationValidator());
    }
}

public sealed class PlainApplicationsValidator : AbstractValidator<PlainApplications>
{
    // The seven columns of table B, each compared on its own.
    private static readonly (string Name, Func<PlainApplicantCounts, long> Get)[] Columns =
    [
        (nameof(PlainApplicantCounts.NaturalPersons), c => c.NaturalPersons),
        (nameof(PlainApplicantCounts.CommercialEnterprises), c => c.CommercialEnterprises),
        (nameof(PlainApplicantCounts.ResearchInstitutions), c => c.ResearchInstitutions),
        (nameof(PlainApplicantCounts.PublicInterestOrganizations), c => c.PublicInterestOrganizations),
        (nameof(PlainApplicantCounts.LegalServiceAgencies), c => c.LegalServiceAgencies),
        (nameof(PlainApplicantCounts.OtherOrganizations), c => c.OtherOrganizations),
        (nameof(PlainApplicantCounts.Total), c => c.Total),
    ];

    public PlainApplicationsValidator()
    {
        RuleForEach(a => a.Rows()).SetValidator(new PlainApplicantCountsValidator()).OverridePropertyName("rows");

        foreach (var (name, get) in Columns)
        {
            RuleFor(a => a.Outcomes)
                .Must(o => get(o.Total) == o.RowsAboveTotal().Sum(get))
                .WithMessage($"outcomes.total.{name} is not the sum of the outcome rows");

            RuleFor(a => a)
                .Must(a => get(a.Received) + get(a.CarriedOver) == get(a.Outcomes.Total) + get(a.CarriedForward))
                .OverridePropertyName("carriedForward")
                .WithMessage($"received + carriedOver != outcomes.total + carriedForward ({name})");
        }
    }
}

public sealed class PlainApplicantCountsValidator : AbstractValidator<PlainApplicantCounts>
{
    public PlainApplicantCountsValidator()
    {
        RuleFor(c => c.Total).Equal(c => c.NaturalPersons + c.CommercialEnterprises + c.ResearchInstitutions
            + c.PublicInterestOrganizations + c.LegalServiceAgencies + c.OtherOrganizations);
    }
}

public sealed class PlainReviewsAndLitigationValidator : AbstractValidator<PlainReviewsAndLitigation>
{
    public PlainReviewsAndLitigationValidator()
    {
        var row = new PlainCaseOutcomeCountsValidator();
        RuleFor(t => t.AdministrativeReview).SetValidator(row);
        RuleFor(t => t.LitigationWithoutReview).SetValidator(row);
        RuleFor(t => t.LitigationAfterReview).SetValidator(row);
    }
}

public sealed class PlainCaseOutcomeCountsValidator : AbstractValidator<PlainCaseOutcomeCounts>
{
    public PlainCaseOutcomeCountsValidator()
    {
        RuleFor(c => c.Total).Equal(c => c.Upheld + c.Corrected + c.Other + c.Pending);
    }
}
