using System.Collections.Generic;

namespace GovDisclosure.Rules.Benchmarks.Plain;

// Table B as plain classes (docs/format.md §3).

public sealed class PlainApplications
{
    public required PlainApplicantCounts Received { get; set; }

    public required PlainApplicantCounts CarriedOver { get; set; }

    public required PlainOutcomes Outcomes { get; set; }

    public required PlainApplicantCounts CarriedForward { get; set; }

    /// <summary>Every row of the table, for the row-total rule.</summary>
    public IEnumerable<PlainApplicantCounts> Rows()
    {
        yield return Received;
        yield return CarriedOver;
        foreach (var row in Outcomes.RowsAboveTotal())
        {
            yield return row;
        }

        yield return Outcomes.Total;
        yield return CarriedForward;
    }
}

public sealed class PlainApplicantCounts
{
    public required long NaturalPersons { get; set; }

    public required long CommercialEnterprises { get; set; }

    public required long ResearchInstitutions { get; set; }

    public required long PublicInterestOrganizations { get; set; }

    public required long LegalServiceAgencies { get; set; }

    public required long OtherOrganizations { get; set; }

    public required long Total { get; set; }
}

public sealed class PlainOutcomes
{
    public required PlainApplicantCounts Disclosed { get; set; }

    public required PlainApplicantCounts PartiallyDisclosed { get; set; }

    public required PlainWithheld Withheld { get; set; }

    public required PlainUnableToProvide UnableToProvide { get; set; }

    public required PlainNotProcessed NotProcessed { get; set; }

    public required PlainOtherHandling OtherHandling { get; set; }

    public required PlainApplicantCounts Total { get; set; }

    /// <summary>The 21 outcome rows that <see cref="Total"/> sums.</summary>
    public IEnumerable<PlainApplicantCounts> RowsAboveTotal()
    {
        yield return Disclosed;
        yield return PartiallyDisclosed;
        yield return Withheld.StateSecret;
        yield return Withheld.ProhibitedByLaw;
        yield return Withheld.SecurityAndStability;
        yield return Withheld.ThirdPartyRights;
        yield return Withheld.InternalAffairs;
        yield return Withheld.ProcessInformation;
        yield return Withheld.EnforcementFiles;
        yield return Withheld.AdministrativeQueries;
        yield return UnableToProvide.NotHeld;
        yield return UnableToProvide.RequiresCreation;
        yield return UnableToProvide.UnclearAfterCorrection;
        yield return NotProcessed.ComplaintsAndPetitions;
        yield return NotProcessed.RepeatedApplications;
        yield return NotProcessed.PublicationsRequested;
        yield return NotProcessed.ExcessiveApplications;
        yield return NotProcessed.ConfirmationRequested;
        yield return OtherHandling.NoCorrectionInTime;
        yield return OtherHandling.FeesUnpaid;
        yield return OtherHandling.Other;
    }
}

public sealed class PlainWithheld
{
    public required PlainApplicantCounts StateSecret { get; set; }

    public required PlainApplicantCounts ProhibitedByLaw { get; set; }

    public required PlainApplicantCounts SecurityAndStability { get; set; }

    public required PlainApplicantCounts ThirdPartyRights { get; set; }

    public required PlainApplicantCounts InternalAffairs { get; set; }

    public required PlainApplicantCounts ProcessInformation { get; set; }

    public required PlainApplicantCounts EnforcementFiles { get; set; }

    public required PlainApplicantCounts AdministrativeQueries { get; set; }
}

public sealed class PlainUnableToProvide
{
    public required PlainApplicantCounts NotHeld { get; set; }

    public required PlainApplicantCounts RequiresCreation { get; set; }

    public required PlainApplicantCounts UnclearAfterCorrection { get; set; }
}

public sealed class PlainNotProcessed
{
    public required PlainApplicantCounts ComplaintsAndPetitions { get; set; }

    public required PlainApplicantCounts RepeatedApplications { get; set; }

    public required PlainApplicantCounts PublicationsRequested { get; set; }

    public required PlainApplicantCounts ExcessiveApplications { get; set; }

    public required PlainApplicantCounts ConfirmationRequested { get; set; }
}

public sealed class PlainOtherHandling
{
    public required PlainApplicantCounts NoCorrectionInTime { get; set; }

    public required PlainApplicantCounts FeesUnpaid { get; set; }

    public required PlainApplicantCounts Other { get; set; }
}
